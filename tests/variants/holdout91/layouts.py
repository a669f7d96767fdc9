"""Hard-to-read layouts: hidden rows and columns, two header rows with 年度 / 中期 under 指标值,
tier labels carrying 分值, units kept in a 备注 column, cells holding comments (kw06–kw11)."""

from __future__ import annotations

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
from tests.variants.holdout91.common import (
    comment,
    footer,
    hide_cols,
    hide_rows,
    multi_year,
    one_year,
)
from tests.variants.holdout91.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

WIDE = (16, 18, 30, 14, 16, 18)


def two_header_rows(s: Sheet, first: str, second: str, last: str) -> None:
    """一级 │ 二级 │ 三级 │ 指标值 (over two columns) │ ``last``, then ``first`` and ``second``
    under 指标值; the other header cells merged down over both rows."""
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, last, merge=[(4, 5)])
    s.row(None, None, None, first, second, None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
        s.ws.cell(s.r - 1, c).alignment = Alignment(vertical="center", horizontal="center")


@variant("kw06-hidden-rows", (4, 7), "project, NAT-2021: a hidden 栏次 row under the header, a "
         "hidden 指标编码 column, a 指标值设定依据 column, one value column")  # fmt: skip
def kw06() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(*WIDE, 12))
    project_head(s, year=2026, name="小型水库安全运行管护", dept="岚溪县水利局（219）",
                 unit="岚溪县水库管理服务中心", money=one_year(310, 300, 10),
                 goals=["落实全县36座小型水库专业化管护，完成安全鉴定和维修养护，"
                        "确保水库安全度汛。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None, "指标编码")
    s.row("栏次", 1, 2, 3, 4, None, 5)
    hide_rows(s, s.r)
    s.table([
        ("产出指标", "数量指标", "纳入专业化管护的小型水库", "≥36座", "计划标准", None, "CC-01"),
        (None, None, "完成水库安全鉴定", "≥9座", "计划标准", None, "CC-02"),
        (None, None, "开展防汛应急演练", "≥4次", "历史标准", None, "CC-03"),
        (None, "质量指标", "维修养护工程验收合格率", "≥95%", "行业标准", None, "ZL-01"),
        (None, None, "雨水情测报设施完好率", "≥98%", "行业标准", None, "ZL-02"),
        (None, "时效指标", "汛前检查完成时间", "2026年4月30日前", "计划标准", None, "SX-01"),
        ("成本指标", "经济成本指标", "每座水库年管护经费", "≤6.5万元/座", "计划标准",
         None, "CB-01"),
        ("效益指标", "社会效益指标", "水库安全度汛", "无垮坝事故", "其他标准", None, "XY-01"),
        (None, "生态效益指标", "库区水环境", "逐步改善", "其他标准", None, "XY-02"),
        (None, "可持续影响指标", "小型水库管护长效机制", "建立并执行", "其他标准", None,
         "XY-03"),
        ("满意度指标", "服务对象满意度指标", "库区群众满意度", "≥90%", "历史标准", None,
         "MY-01"),
    ], merged=(1, 2))  # fmt: skip
    hide_cols(s, "G")
    s.row(None)
    hide_rows(s, s.r)
    footer(s, "陈立", "0596-6258031", "2025年11月10日")
    return b


@variant("kw07-two-header-rows", (8,), "three-year project, NAT-2021: two header rows, 指标值 "
         "split into 年度 then 中期, a 备注 column; "
         "cumulative counts annual below period")  # fmt: skip
def kw07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=WIDE)
    project_head(s, year=2026, years=3, name="集中式饮用水水源地规范化整治",
                 dept="青岚市生态环境局（331）", unit="青岚市生态环境保护综合服务中心",
                 attr="新增项目", money=multi_year((1500, 1380, 120), (520, 480, 40)),
                 goals=["2026—2028年完成全市12个集中式饮用水水源地规范化整治，建成水质自动"
                        "监测网络，水源地水质稳定达标。",
                        "2026年完成4个水源地规范化整治和8公里隔离防护设施建设，建成2个水质"
                        "自动监测站。"])  # fmt: skip
    two_header_rows(s, "年度", "中期", "备注")
    s.table([
        ("产出指标", "数量指标", "水源地规范化整治数量", "≥4个", "≥12个", None),
        (None, None, "隔离防护设施建设长度", "≥8公里", "≥20公里", None),
        (None, None, "建成水质自动监测站", "≥2个", "≥5个", None),
        (None, "质量指标", "整治工程验收合格率", "≥95%", "≥95%", None),
        (None, None, "水源地水质达标率", "100%", "100%", "按月监测"),
        (None, "时效指标", "年度整治任务完成时间", "2026年12月31日前", "2028年12月31日前",
         None),
        ("成本指标", "经济成本指标", "单个水源地整治平均成本", "≤85万元/个", "≤85万元/个",
         "不含监测站"),
        ("效益指标", "生态效益指标", "集中式饮用水水源地水质", "达到国家标准", "稳定达到国家标准",
         "GB 3838-2002 Ⅲ类"),
        (None, None, "保护区内环境问题整改率", "100%", "100%", None),
        (None, "社会效益指标", "饮用水安全保障水平", "有效提升", "显著提升", None),
        (None, "可持续影响指标", "水源地长效管护机制", "逐步建立", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "吴凡", "0598-7713205", "2025年11月21日")
    return b


@variant("kw08-two-header-copy", (8,), "two-year project, NAT-2021: two header rows with 中期 "
         "then 年度 under 指标值 and a 计量单位 column; "
         "one cumulative count copied into 年度")  # fmt: skip
def kw08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, years=2, name="高标准农田建设", dept="槐川县农业农村局（406）",
                 unit="槐川县农田建设管理站", attr="新增项目",
                 money=multi_year((4800, 4200, 600), (2400, 2100, 300)),
                 goals=["2026—2027年新建高标准农田3.2万亩，配套灌排、道路设施，提高粮食综合"
                        "生产能力。",
                        "2026年新建高标准农田1.6万亩，配套建设灌溉渠道"
                        "和30公里田间道路。"])  # fmt: skip
    two_header_rows(s, "中期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.2", "≥1.6", "万亩"),
        (None, None, "新建灌溉渠道长度", "≥48",
         mk("≥48", "D202", "warning", note="两年期累计量，年度值照抄中期值"),
         "公里"),
        (None, None, "新修田间道路", "≥60", "≥30", "公里"),
        (None, None, "新建小型蓄水池", "≥40", "≥20", "座"),
        (None, "质量指标", "工程验收合格率", "≥95", "≥95", "%"),
        (None, "时效指标", "工程建设任务完成时间", "2027年12月31日前", "2026年12月31日前",
         None),
        ("成本指标", "经济成本指标", "亩均财政投入", "≤1500", "≤1500", "元/亩"),
        ("效益指标", "经济效益指标", "新增粮食产能", "≥800", "≥400", "万公斤"),
        (None, "社会效益指标", "项目区农业生产条件", "明显改善", "逐步改善", None),
        (None, "生态效益指标", "项目区节水灌溉面积", "≥2.5", "≥1.2", "万亩"),
        (None, "可持续影响指标", "工程设施管护机制", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "杨帆", "0597-3350912", "2025年11月16日")
    return b


@variant("kw09-points-labels", (5, 10), "project, NAT-2021: tier labels with 分值 "
         "(产出指标（50分）, 数量指标（20分）) and a 分值 column adding up to 100")  # fmt: skip
def kw09() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=WIDE)
    project_head(s, year=2026, name="职业技能培训补贴", dept="松河市人力资源和社会保障局（118）",
                 unit="松河市职业能力建设指导中心", money=one_year(650, 600, 50),
                 goals=["开展补贴性职业技能培训5000人次以上，"
                        "提高劳动者就业技能和就业质量。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标（50分）", "数量指标（20分）", "补贴性职业技能培训人次", "≥5000人次", 10),
        (None, None, "其中：脱贫劳动力培训人次", "≥600人次", 10),
        (None, "质量指标（20分）", "培训合格率", "≥90%", 10),
        (None, None, "培训后取证率", "≥70%", 10),
        (None, "时效指标（10分）", "培训补贴审核拨付时限", "≤20个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训补贴", "≤1200元/人", 10),
        ("效益指标（30分）", "社会效益指标", "培训后就业率", "≥60%", 10),
        (None, None, "劳动者职业技能水平", "有效提升", 10),
        (None, "可持续影响指标", "职业技能培训体系", "持续完善", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "参训学员满意度", "≥90%", 5),
        (None, None, "培训机构满意度", "≥85%", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    footer(s, "韩蕾", "0593-2139086", "2025年11月22日")
    return b


@variant("kw10-remarks-units", (1, 4), "project, NAT-2021: 比较符 column, bare numbers with the "
         "unit written only in a 备注 column (单位：人), percent cells, notes in 备注")  # fmt: skip
def kw10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=WIDE)
    project_head(s, year=2026, name="社区居家养老服务", dept="白沙河区民政局（507）",
                 unit="白沙河区养老服务指导中心", money=one_year(420, 400, 20),
                 goals=["为辖区特殊困难老年人提供居家上门服务，新建社区助餐点6个，"
                        "提升居家养老服务质量。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "提供居家上门服务老年人", "≥", 1800, "单位：人"),
        (None, None, "上门服务总时长", "≥", 52000, "单位：小时"),
        (None, None, "新建社区助餐点", "≥", 6, "单位：个；含2个村级点"),
        (None, "质量指标", "服务工单回访率", "≥", pct(0.95), "电话回访"),
        (None, None, "服务规范达标率", "≥", pct(0.9), "按区级服务规范抽查"),
        (None, "时效指标", "服务需求响应时间", "≤", 24, "单位：小时"),
        ("成本指标", "经济成本指标", "上门服务补贴标准", "≤", 35, "单位：元/小时，按2025年标准"),
        (None, None, "助餐点建设补助", "≤", 15, "单位：万元/个"),
        ("效益指标", "社会效益指标", "特殊困难老年人服务覆盖率", "≥", pct(0.9), None),
        (None, None, "老年人居家生活质量", "定性", "有效提升", None),
        (None, "可持续影响指标", "居家养老服务网络", "定性", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.9), "第三方测评"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "罗敏", "0595-8817724", "2025年11月18日")
    return b


@variant("kw11-comments", (4, 7), "project, NAT-2021: 批注 on the title, a tier cell and "
         "several values; one value column and a 指标值设定依据 column")  # fmt: skip
def kw11() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", widths=WIDE)
    project_head(s, year=2026, name="中小学校园食堂提质改造", dept="青桐区教育局（305）",
                 unit="青桐区教育后勤服务中心", money=one_year(300, 280, 20),
                 goals=["完成12所中小学食堂提质改造，配齐留样和冷链设备，"
                        "提升校园食品安全保障水平。"])  # fmt: skip
    comment(s, 1, 1, "金额以区财政局2026年预算控制数为准。")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    top = s.r + 1
    s.table([
        ("产出指标", "数量指标", "改造学校食堂数量", "≥12所", "计划标准"),
        (None, None, "配备留样及冷链设备", "≥12套", "计划标准"),
        (None, None, "食堂从业人员培训", "≥240人次", "历史标准"),
        (None, "质量指标", "改造工程验收合格率", "100%", "行业标准"),
        (None, None, "食品安全量化等级A级食堂占比", "≥80%", "行业标准"),
        (None, "时效指标", "改造工程完工时间", "2026年8月25日前", "计划标准"),
        ("成本指标", "经济成本指标", "单所食堂改造平均成本", "≤22万元/所", "计划标准"),
        ("效益指标", "社会效益指标", "学生用餐环境", "明显改善", "其他标准"),
        (None, None, "学校食品安全事故", "不发生", "其他标准"),
        (None, "可持续影响指标", "食堂规范化管理水平", "持续提升", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "历史标准"),
        (None, None, "家长满意度", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    comment(s, top, 4, "2025年已改造18所，2026年计划改造剩余12所。")
    comment(s, top + 2, 4, "每所学校20人，共240人次。")
    comment(s, top + 5, 4, "须在秋季开学前完工。")
    comment(s, top + 6, 1, "按区财政局要求单列成本指标。", author="区财政局")
    comment(s, top + 6, 4, "按2025年同类工程结算价测算。")
    footer(s, "许婷", "0592-5531940", "2025年11月17日")
    return b
