"""Stacked projects, a deadline indicator of the year before, and a three-year project with
its money and one annual value wrong."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout148.common import sign
from tests.variants.holdout148.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct

TABLE5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


def _one(s: Sheet, *, n: int, name: str, unit: str, total: float, fiscal: float,
         goal: str, attr: str = "一次性项目") -> None:  # fmt: skip
    if n > 1:
        s.skip()
    project_head(
        s, year=2027, name=name, dept="柘原县文化和旅游局", unit=unit, attr=attr,
        title=None if n == 1 else "",
        money=[("年度资金总额", money(total, WAN), "其中：财政拨款", money(fiscal, WAN)),
               (None, None, "其他资金", money(total - fiscal, WAN))],
        goals=[goal],
    )  # fmt: skip
    s.row(*TABLE5)


@variant("nb14-stacked-second-wrong", (2, 5, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second has a 满意度 under 产出/质量 and 4万元/座 × 25座 "
         "above its 80万元")  # fmt: skip
def nb14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 32, 18, 20, 8))
    _one(s, n=1, name="2027年柘原县全域旅游标识系统建设", unit="柘原县旅游发展服务中心",
         total=150, fiscal=150,
         goal="在主要景区、交通节点设置旅游交通标识牌120块、景区导览牌60块，"
              "实现A级景区标识全覆盖。")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "设置旅游交通标识牌", "≥120块", None),
            (None, None, "设置景区导览牌", "≥60块", None),
            (None, "质量指标", "标识牌安装验收合格率", "≥98%", None),
            (None, "时效指标", "标识牌安装完成时间", "2027年9月30日前", "国庆前完成"),
            (None, "成本指标", "标识牌平均制作安装成本", "≤0.8万元/块", None),
            ("效益指标", "社会效益指标", "A级景区标识覆盖率", "=100%", None),
            (None, "可持续影响指标", "标识牌维护管理制度", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    _one(s, n=2, name="2027年柘原县乡村旅游厕所建设", unit="柘原县旅游发展服务中心",
         total=80, fiscal=80,
         goal="在乡村旅游重点村新建改建旅游厕所25座，提升乡村旅游公共服务水平。")  # fmt: skip
    b.file_mark("B107", "warning", note="第二个项目：每座补助 4万元 × 25座 = 100万元，超过 80万元")
    s.table(
        [
            ("产出指标", "数量指标", "新建改建乡村旅游厕所", "≥25座", None),
            (None, "质量指标", "旅游厕所建设验收合格率", "≥95%", None),
            (None, None, mk("游客如厕满意度", "F201", "warning", row=True, alt=("F105",)),
             "≥90%", None),
            (None, "时效指标", "旅游厕所建成投用时间", "2027年10月31日前", None),
            (None, "成本指标", "每座旅游厕所建设补助", "≤4万元", None),
            ("效益指标", "社会效益指标", "乡村旅游重点村旅游厕所覆盖率", "≥90%", None),
            (None, "可持续影响指标", "旅游厕所管护责任落实率", "=100%", None),
            ("满意度指标", "服务对象满意度指标", "重点村村民满意度", "≥85%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "谢芳", "0744-3365120")
    return b


@variant("nb15-stacked-same-names", (2,), "two projects stacked, OLD-NAT, one value column, the "
         "same indicator names with different values in each project (correct)")  # fmt: skip
def nb15() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 16, 32, 18, 20, 8))
    _one(s, n=1, name="2027年柘原县基层文化骨干培训", unit="柘原县文化馆", total=36, fiscal=36,
         attr="常年项目",
         goal="举办基层文化骨干培训班4期，培训乡镇文化站和村文艺骨干320人次。")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "举办培训班", "≥4期", None),
            (None, None, "培训基层文化骨干", "≥320人次", None),
            (None, "质量指标", "培训考核合格率", "≥90%", None),
            (None, "时效指标", "培训完成时间", "2027年11月30日前", None),
            (None, "成本指标", "人均培训成本", "≤1100元/人次", None),
            ("效益指标", "社会效益指标", "村级文艺队伍活跃率", "≥80%", None),
            (None, "可持续影响指标", "基层文化骨干人才库", "建立并更新", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    _one(s, n=2, name="2027年柘原县非遗传承人研修培训", unit="柘原县非物质文化遗产保护中心",
         total=24, fiscal=24, attr="常年项目",
         goal="举办非遗传承人研修班2期，培训非遗传承人及学徒120人次。")  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "举办培训班", "≥2期", None),
            (None, None, "培训非遗传承人及学徒", "≥120人次", None),
            (None, "质量指标", "培训考核合格率", "≥95%", None),
            (None, "时效指标", "培训完成时间", "2027年10月31日前", None),
            (None, "成本指标", "人均培训成本", "≤2000元/人次", None),
            ("效益指标", "社会效益指标", "研修成果转化作品", "≥30件", None),
            (None, "可持续影响指标", "非遗传承人档案更新率", "=100%", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "谢芳", "0744-3365120")
    return b


OPS_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("nb16-deadline-last-year", (8, 1), "one-year project, NAT-2021, operator and unit "
         "columns, filled-down tiers: a deadline of 2026年12月31日前 in a 2027 table, a 数量指标 "
         "given as 完成")  # fmt: skip
def nb16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 10, 18, 12))
    project_head(
        s, year=2027, name="2027年青峪县城乡生活垃圾收运体系提升", dept="青峪县住房和城乡建设局",
        unit="青峪县环境卫生服务中心", attr="新增项目",
        start=day(2027, 1, 1, CN_DATE), end=day(2027, 12, 31, CN_DATE),
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(380, WAN)),
               (None, None, "其他资金", money(40, WAN))],
        goals=["新建乡镇垃圾转运站3座，购置压缩式垃圾收运车12台，配置分类收集桶2400个，"
               "农村生活垃圾收运处置体系覆盖所有行政村。"],
    )  # fmt: skip
    s.row(*OPS_HEAD)
    rows = [
        (
            "产出指标",
            "数量指标",
            "新建乡镇垃圾转运站",
            "",
            mk("完成", "T102", "warning", alt=("T104", "T116", "D104")),
            None,
        ),
        ("产出指标", "数量指标", "购置压缩式垃圾收运车", "≥", 12, "台"),
        ("产出指标", "数量指标", "配置分类收集桶", "≥", 2400, "个"),
        ("产出指标", "质量指标", "转运站竣工验收合格率", "≥", pct(0.98), "%"),
        (
            "产出指标",
            "时效指标",
            "转运站建成投用时间",
            "",
            mk("2026年12月31日前", "Y102", "error", row=True, alt=("Y101",)),
            None,
        ),
        ("成本指标", "经济成本指标", "收运车单台购置成本", "≤", 22, "万元/台"),
        ("成本指标", "经济成本指标", "分类收集桶单价", "≤", 260, "元/个"),
        ("效益指标", "社会效益指标", "行政村生活垃圾收运覆盖率", "=", pct(1), "%"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥", pct(0.95), "%"),
        ("效益指标", "可持续影响指标", "收运设施运行管护制度", "", "健全", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", pct(0.9), "%"),
    ]
    s.table(rows)
    sign(s, 2027, "彭建军", "0731-5526672")
    return b


@variant("nb18-period-money-and-rate", (8, 11, 12), "project 2026—2028 in a 2027 table, NAT-2021, "
         "operator, 中期 and 年度 value and unit columns: 中期资金 900 below 年度 960, a 合格率 "
         "with ≤, an annual 数量 given as 完成")  # fmt: skip
def nb18() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", (16, 18, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=3, name="澜江市老旧小区雨污分流改造工程（2026—2028年）",
        dept="澜江市住房和城乡建设局", unit="澜江市城市建设投资服务中心", attr="延续项目",
        title="2027年度项目支出绩效目标申报表",
        money=[("中期资金总额", money(900, WAN), "年度资金总额", money(960, WAN)),
               ("其中：财政拨款", money(780, WAN), "其中：财政拨款", money(840, WAN)),
               ("其他资金", money(120, WAN), "其他资金", money(120, WAN))],
        goals=["2026—2028年完成36个老旧小区雨污分流改造，改造管网48公里，小区污水收集率明显提高。",
               "2027年完成12个老旧小区雨污分流改造，改造管网16公里。"],
    )  # fmt: skip
    b.file_mark("B103", "error", note="年度资金总额 960 大于中期资金总额 900")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "完成雨污分流改造的老旧小区", "≥", 36,
             mk("完成", "T102", "warning", alt=("T104", "T116", "T109", "D104")), "个"),
            (None, None, "改造雨污管网长度", "≥", 48, 16, "公里"),
            (None, "质量指标", "改造工程验收合格率", mk("≤", "T108", "warning", row=True),
             pct(0.98), pct(0.98), "%"),
            (None, "时效指标", "年度改造任务完成率", "≥", pct(0.95), pct(0.95), "%"),
            ("成本指标", "经济成本指标", "管网改造单位成本", "≤", 18, 18, "万元/公里"),
            ("效益指标", "社会效益指标", "改造小区污水收集率", "≥", pct(0.9), pct(0.85), "%"),
            (None, "生态效益指标", "改造小区雨天溢流污染次数下降率", "≥", pct(0.5), pct(0.3),
             "%"),
            (None, "可持续影响指标", "改造管网设计使用年限", "≥", 30, 30, "年"),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), pct(0.9),
             "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "邓国强", "0739-8825096")
    return b
