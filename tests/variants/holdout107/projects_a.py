"""Project returns of 教育局, 公安局, 交通运输局, 水务局 and 农业农村局 (lm01–lm06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout107.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT_EDU = "汀岸市教育局（301）"
DEPT_POLICE = "汀岸市公安局（305）"
DEPT_TRANS = "汀岸市交通运输局（318）"
DEPT_WATER = "汀岸市水务局（322）"
DEPT_AGRI = "汀岸市农业农村局（326）"


@variant("lm01-jiaoyu-kehou", (1,), "project, NAT-2021, 比较符 and 计量单位 columns, merged tiers")
def lm01() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (16, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="义务教育阶段学校课后服务补助",
        dept=DEPT_EDU,
        unit="汀岸市教育局",
        money=[
            ("年度资金总额", money(360, WAN), "其中：财政拨款", money(360, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "对全市48所义务教育学校开展课后服务给予补助，惠及学生5500人以上，缓解家长接送难题。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "课后服务生均补助标准", "≤", 600, "元/人"),
            ("产出指标", "数量指标", "开展课后服务学校数", "≥", 48, "所"),
            (None, None, "受益学生人数", "≥", 5500, "人"),
            (None, None, "开设课后服务课程门类", "≥", 12, "门"),
            (None, "质量指标", "课后服务教师培训合格率", "≥", pct(0.95), "%"),
            (None, None, "课后服务课程开设达标率", "≥", pct(0.9), "%"),
            (None, "时效指标", "补助资金拨付时限", "≤", 15, "工作日"),
            ("效益指标", "社会效益指标", "学生课后服务参与率", "≥", pct(0.8), "%"),
            (None, "可持续影响指标", "课后服务长效机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%"),
            (None, None, "学生满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：周岚", None, "联系电话：0771-5832216", None, "审核人：郑和平")
    return b


@variant(
    "lm02-gongan-jiankong",
    (1, 12),
    "project, OLD-NAT, tiers written in every row, units inside the values, 指标解释 column; "
    "total ≠ 财政拨款 + 其他资金, a rate over 100 %",
)
def lm02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 14, 36, 10))
    project_head(
        s,
        year=2027,
        name="公共安全视频监控系统运维",
        dept=DEPT_POLICE,
        unit="汀岸市公安局科技信息化支队",
        attr="常年项目",
        money=[
            (
                "年度资金总额",
                mk(money(580, WAN), "B101", "error", note="500 + 60 = 560"),
                "其中：财政拨款",
                money(500, WAN),
            ),
            ("其他资金", money(60, WAN), None, None),
        ],
        goals=["保障全市3200个公共视频监控点位正常运行，新增高清点位150个，提升社会治安防控能力。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    rows = [
        ("产出指标", "数量指标", "运维视频监控点位数", "≥3200个", "纳入运维合同的前端点位"),
        ("产出指标", "数量指标", "新增高清视频监控点位", "≥150个", "年度新建并接入平台的点位"),
        ("产出指标", "质量指标", "监控点位平均在线率", "≥95%", "平台按日统计的在线率平均值"),
        (
            "产出指标",
            "质量指标",
            "设备故障修复合格率",
            mk("≥105%", "T106", "error"),
            "修复后验收合格的故障数/故障总数",
        ),
        ("产出指标", "时效指标", "故障响应时间", "≤2小时", "接报至运维人员到场"),
        ("产出指标", "时效指标", "一般故障修复时限", "≤24小时", "接报至恢复正常"),
        ("产出指标", "成本指标", "单个点位年运维费用", "≤1500元/个", "按运维合同单价测算"),
        (
            "效益指标",
            "社会效益指标",
            "重点公共区域视频覆盖率",
            "≥98%",
            "重点区域已覆盖点位/应覆盖点位",
        ),
        ("效益指标", "社会效益指标", "刑事案件发案率同比下降", "≥5%", "与上年同期相比"),
        ("效益指标", "可持续影响指标", "运维管理制度", "健全", "运维考核、巡检制度"),
        ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥90%", "第三方抽样调查"),
    ]
    for r in rows:
        s.row(*r)
    s.row("单位负责人：韩立军", None, "填报人：吴蔚", None, "填报日期：2026年11月18日")
    return b


@variant(
    "lm03-jiaotong-yanghu",
    (8,),
    "three-year project, NAT-2021, 比较符 column, 中期 and 年度 columns, 计量单位 column",
)
def lm03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 28, 8, 16, 16, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="农村公路养护提升工程",
        dept=DEPT_TRANS,
        unit="汀岸市公路事业发展中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(3600, WAN), "其中：财政拨款", money(3600, WAN)),
            ("年度资金总额", money(1200, WAN), "其中：财政拨款", money(1200, WAN)),
        ],
        goals=[
            "三年内完成农村公路路面修复180公里、危桥改造24座、新增安防设施90公里。",
            "年度完成路面修复60公里、危桥改造8座、安防设施30公里，农村公路通行条件明显改善。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "路面修复单位成本", "≤", 12, 12, "万元/公里"),
            (None, None, "危桥改造单座平均成本", "≤", 50, 50, "万元/座"),
            ("产出指标", "数量指标", "完成路面修复里程", "≥", 180, 60, "公里"),
            (None, None, "完成危桥改造", "≥", 24, 8, "座"),
            (None, None, "新增安防设施里程", "≥", 90, 30, "公里"),
            (None, "质量指标", "路面修复工程验收合格率", "≥", pct(0.98), pct(0.98), "%"),
            (None, None, "农村公路优良路率", "≥", pct(0.75), pct(0.7), "%"),
            (None, "时效指标", "养护工程完工时间", "≤", "2029年12月31日", "2027年12月31日", None),
            (
                "效益指标",
                "经济效益指标",
                "沿线农产品运输成本降低率",
                "≥",
                pct(0.05),
                pct(0.03),
                "%",
            ),
            (None, "社会效益指标", "建制村通客车率", "≥", pct(0.98), pct(0.98), "%"),
            (None, "可持续影响指标", "农村公路养护长效机制", "定性", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("注：中期指标值为2027—2029年累计值。")
    return b


@variant(
    "lm04-shuiwu-guanwang",
    (8,),
    "two-year project, NAT-2021, 计量单位 column, 中期 and 年度 columns; two cumulative counts "
    "copied from 中期 into 年度",
)
def lm04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 16, 16))
    project_head(
        s,
        year=2027,
        years=2,
        name="城区老旧供水管网改造",
        dept=DEPT_WATER,
        unit="汀岸市供排水管理中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(4800, WAN), "其中：财政拨款", money(4200, WAN)),
            ("其他资金", money(600, WAN), "年度资金总额", money(2400, WAN)),
        ],
        goals=[
            "两年内改造城区老旧供水管网36公里、更换智能水表12000户，管网漏损率降至9%以下。",
            "年度改造老旧供水管网18公里、更换智能水表6000户，管网漏损率较上年下降1个百分点。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    note = "a cumulative count copied from the 中期 column in a two-year project"
    s.table(
        [
            ("成本指标", "经济成本指标", "管网改造单位成本", "万元/公里", "≤110", "≤110"),
            (
                "产出指标",
                "数量指标",
                "改造老旧供水管网长度",
                "公里",
                "≥36",
                mk("≥36", "D202", "warning", note=note),
            ),
            (
                None,
                None,
                "更换智能水表",
                "户",
                "≥12000",
                mk("≥12000", "D202", "warning", note=note),
            ),
            (None, "质量指标", "管网工程验收合格率", "%", "≥98", "≥98"),
            (None, None, "出厂水水质达标率", "%", "≥99", "≥99"),
            (None, "时效指标", "工程完工时间", None, "2028年12月31日前", "2027年12月31日前"),
            ("效益指标", "社会效益指标", "受益居民户数", "户", "≥30000", "≥15000"),
            (None, "生态效益指标", "城区供水管网漏损率", "%", "≤9", "≤10"),
            (None, "可持续影响指标", "管网运行维护机制", None, "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "受益居民满意度", "%", "≥90", "≥90"),
        ],
        merged=(1, 2),
    )
    s.row("填报单位（盖章）：", None, None, "填报人：林涛", "电话：0771-5830417")
    return b


def _sources(s, lines, total):
    """A 资金来源 block below the head: (label, amount) pairs two to a row, then the 合计."""
    items = [*lines, ("合计", total)]
    first = s.r + 1
    for i in range(0, len(items), 2):
        pair = items[i : i + 2]
        cells = [c for p in pair for c in p]
        s.row("资金来源（万元）" if i == 0 else None, *cells)
    if s.r > first:
        s.ws.merge_cells(start_row=first, start_column=1, end_row=s.r, end_column=1)


@variant(
    "lm05-nongye-gaobiaozhun",
    (12,),
    "project, OLD-NAT, 资金来源 block (中央, 省级, 市级), 度量单位 and 备注 columns",
)
def lm05() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 30, 8, 14, 10, 14))
    project_head(
        s,
        year=2027,
        name="高标准农田建设（市级统筹）",
        dept=DEPT_AGRI,
        unit="汀岸市农田建设管理站",
        attr="延续项目",
        money=[
            ("年度资金总额", money(2000, WAN), "其中：财政拨款", money(2000, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["新建高标准农田25000亩，项目区耕地质量等级提升0.5等以上，亩均粮食增产50公斤以上。"],
    )
    _sources(
        s,
        [
            ("中央财政补助", money(1200, WAN)),
            ("省级财政补助", money(500, WAN)),
            ("市级财政配套", money(300, WAN)),
        ],
        money(2000, WAN),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥", 25000, "亩", "下达任务"),
            (None, None, "新建改造灌排渠道", "≥", 60, "公里", None),
            (None, "质量指标", "工程竣工验收合格率", "≥", pct(0.95), "%", "行业标准"),
            (None, None, "项目区耕地质量等级提升", "≥", 0.5, "等", None),
            (None, "时效指标", "项目完工时间", "≤", "2027年11月30日", None, None),
            (None, "成本指标", "亩均财政投入", "≤", 780, "元/亩", "计划标准"),
            ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥", 50, "公斤", None),
            (None, "社会效益指标", "受益农户数", "≥", 8000, "户", None),
            (None, "生态效益指标", "项目区节水灌溉面积占比", "≥", pct(0.4), "%", None),
            (None, "可持续影响指标", "建后管护责任落实率", "≥", pct(0.95), "%", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%", None),
        ],
        merged=(1, 2),
    )
    s.row("说明：资金来源按省厅下达的资金计划填列。")
    return b


@variant(
    "lm06-nongye-nongji",
    (12,),
    "project, OLD-NAT, 资金来源 block whose 合计 is wrong, operator column in words; a rate given "
    "as a count",
)
def lm06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 12, 12, 12))
    project_head(
        s,
        year=2027,
        name="农机购置与应用补贴市级累加补贴",
        dept=DEPT_AGRI,
        unit="汀岸市农业机械化服务中心",
        attr="延续项目",
        money=[
            ("年度资金总额", money(650, WAN), "其中：财政拨款", money(650, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["对购置丘陵山区适用农机具的农户和合作社给予市级累加补贴，补贴机具1500台以上。"],
    )
    _sources(
        s,
        [("省级财政补助", money(400, WAN)), ("市级财政资金", money(250, WAN))],
        mk(money(680, WAN), "B101", "error", note="400 + 250 = 650"),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补贴农机具数量", "大于等于", 1500, "台"),
            (None, None, "受益农户及合作社", "大于等于", 900, "户"),
            (
                None,
                "质量指标",
                "补贴机具核验完成率",
                "大于等于",
                mk(1500, "T105", "error", row=True),
                "台",
            ),
            (None, None, "补贴机具产品合格率", "大于等于", pct(0.98), "%"),
            (None, "时效指标", "补贴资金兑付时限", "小于等于", 30, "工作日"),
            (None, "成本指标", "单台机具市级累加补贴", "小于等于", 4000, "元/台"),
            ("效益指标", "经济效益指标", "农户作业成本降低率", "大于等于", pct(0.1), "%"),
            (None, "社会效益指标", "主要农作物耕种收综合机械化率", "大于等于", pct(0.72), "%"),
            (None, "可持续影响指标", "补贴政策公开公示", "定性", "全面公开", None),
            ("满意度指标", "服务对象满意度指标", "购机户满意度", "大于等于", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("填报人：罗志刚", None, "复核人：唐敏", None, "2026年11月20日")
    return b
