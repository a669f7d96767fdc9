"""Returns with planted mistakes, part one: a 资金明细 block that does not add up and a rate
above 100 %; 中期 values copied into 年度 and an annual goal naming another year; operator
against direction and a rate given as a count."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout52.common import header, multi_year, one_year, signatures, w
from tests.variants.holdout52.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant(
    "jj13-detail-not-sum",
    (12, 1),
    "one-year project, NAT-2021, a 资金明细 block whose "
    "lines fall short of its 合计, operator and unit columns, one rate above 100 %",
)
def jj13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="空气质量自动监测站点建设与运维项目", dept="白沙河区生态环境分局（812）",
        unit="白沙河区环境监测站", money=one_year(318, 300, 18),
        goals=("新建空气质量自动监测子站6套，保障全区监测网络稳定运行、监测数据真实可靠，"
               "环境空气质量达到国家二级标准。",),
    )  # fmt: skip
    top = s.row("资金明细", "支出内容", "数量", "单价（万元）", "金额（万元）", "备注")
    for line in [
        ("监测子站设备购置", "6套", 24.5, 147.0),
        ("监测网络运维服务", "1项", 86.0, 86.0),
        ("数据平台升级", "1项", 52.0, 52.0),
        ("监测人员培训", "120人次", 0.2, 24.0),
    ]:
        s.row(None, line[0], line[1], money(line[2]), money(line[3]))
    # 147 + 86 + 52 + 24 = 309, not 318: a line left out of the sum or mistyped
    s.row(None, "合计", None, None, money(318.0))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", alt=("B101",), note="detail lines add up to 309, 合计 says 318")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "监测子站单套设备购置成本", "≤", 24.5, "万元/套"),
            ("产出指标", "数量指标", "新建空气质量自动监测子站", "≥", 6, "套"),
            (None, None, "运维监测站点", "≥", 14, "个"),
            (None, None, "监测人员培训", "≥", 120, "人次"),
            (
                None,
                "质量指标",
                "监测数据有效率",
                "≥",
                mk(pct(1.05), "T106", "error", note="105 % on a rate capped at 100 %"),
                None,
            ),
            (None, None, "设备运行正常率", "≥", pct(0.95), None),
            (None, "时效指标", "站点建成投运时间", "≤", "2026年9月30日", None),
            (None, None, "数据实时上传及时率", "≥", pct(0.98), None),
            ("效益指标", "生态效益指标", "环境空气质量", "达到", "国家二级标准", None),
            (None, None, "空气质量优良天数比例", "≥", pct(0.9), None),
            (None, "社会效益指标", "空气质量信息公开发布", "≥", 365, "天"),
            (None, "可持续影响指标", "监测网络运维保障机制", None, "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "公众对空气质量信息服务满意度",
                "≥",
                pct(0.9),
                None,
            ),
        ],
        merged=(1, 2),
    )
    signatures(s, "柏青山", "祝晓红", "贺军", "0739-7703351", "2025年11月23日")
    return b


@variant(
    "jj14-period-copied",
    (8,),
    "three-year project, NAT-2021, two-line header 指标值 over "
    "中期 │ 年度: two cumulative counts copied from 中期 into 年度, 年度目标 naming 2025 in a "
    "2026 table",
)
def jj14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 14, 14, 12))
    project_head(
        s, year=2026, years=3, name="高标准农田建设项目", dept="临溪县农业农村局（503）",
        unit="临溪县农田建设服务中心", attr="新增项目",
        money=multi_year((5400, 4800, 600), (1800, 1600, 200)),
        goals=("2026—2028年建成高标准农田3.6万亩，新建改造灌排渠道48公里、机耕路36公里，"
               "项目区粮食亩产提高50公斤以上。",
               mk("2025年建成高标准农田1.2万亩，同步配套灌排渠道、机耕路和小型泵站。",
                  "Y101", "error", alt=("Y103",),
                  note="the annual goal of the 2026 table names 2025")),
    )  # fmt: skip
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位"),
           (None, None, None, "中期", "年度", None))  # fmt: skip
    d202 = "the annual value of a cumulative count copied from the 中期 column"
    s.table(
        [
            ("成本指标", "经济成本指标", "高标准农田亩均建设成本", "≤1500", "≤1500", "元/亩"),
            ("产出指标", "数量指标", "新建高标准农田面积", "≥3.6", "≥1.2", "万亩"),
            (
                None,
                None,
                "新建改造灌排渠道",
                "≥48",
                mk("≥48", "D202", "warning", note=d202),
                "公里",
            ),
            (None, None, "新建改造机耕路", "≥36", mk("≥36", "D202", "warning", note=d202), "公里"),
            (None, None, "新建小型泵站", "≥24", "≥8", "座"),
            (None, "质量指标", "工程验收合格率", "100%", "100%", None),
            (None, None, "耕地质量等级提升", "≥0.5", "≥0.5", "等"),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "2028年12月31日前",
                "2026年12月31日前",
                None,
            ),
            ("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥50", "≥50", "公斤"),
            (None, "生态效益指标", "项目区节水灌溉面积占比", "≥60%", "≥50%", None),
            (None, "可持续影响指标", "建后管护责任落实率", "100%", "100%", None),
            ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signatures(s, "邱长林", "段彩霞", "侯宇", "0736-5339060", "2025年11月28日")
    return b


@variant(
    "jj15-direction-rate-count",
    (11,),
    "department, NAT-2021, operator and unit columns: "
    "an accident rate in ‰ with ≥, a 上岗率 given as a number of people",
)
def jj15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 16, 30, 10, 12, 12))
    department_head(
        s, year=2026, dept="青岚市应急管理局",
        budget=[(w(3126.4), w(3026.4), w(100), w(1654.2), w(1472.2))],
        tasks=[
            ("应急物资储备", "救灾帐篷、棉被等物资采购轮换", w(520.0), "物资储备达标"),
            ("安全生产执法检查", "重点行业企业执法检查", w(268.2), "检查企业1200家次"),
            ("森林防火", "防火物资、瞭望监测及扑火队伍", w(486.0), "不发生重大森林火灾"),
            ("应急救援队伍建设", "综合救援队伍训练与志愿者培训", w(198.0), "队伍快速响应"),
            ("金额合计", None, w(1472.2), None),
        ],
        goal="防范化解重大安全风险，生产安全事故起数和死亡人数持续下降，应急救援快速有效。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "重点行业企业执法检查", "≥", 1200, "家次"),
            (None, None, "应急救援综合演练", "≥", 12, "次"),
            (None, None, "注册应急志愿者人数", "≥", 1500, "人"),
            (None, None, "应急物资储备品种", "≥", 28, "种"),
            (None, "质量指标", "执法检查发现隐患整改率", "≥", pct(0.95), None),
            (
                None,
                None,
                "应急志愿者持证上岗率",
                "≥",
                mk(1200, "T105", "error", note="a rate given as a count of people"),
                "人",
            ),
            (None, "时效指标", "突发事件信息报送及时率", "≥", pct(0.98), None),
            (None, None, "救援队伍接警出动时间", "≤", 15, "分钟"),
            ("成本指标", "经济成本指标", "应急物资储备年度采购成本", "≤", 520, "万元"),
            ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥", pct(0.05), None),
            (
                None,
                None,
                mk("生产安全事故发生率", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                "≥",
                "3‰",
                None,
            ),
            (None, None, "森林火灾受害率", "≤", "0.9‰", None),
            (None, "可持续影响指标", "应急预案体系", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "群众安全感满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    signatures(s, "雷鸣", "苏婉清", "葛晓东", "0739-2261903", "2025年11月21日")
    return b
