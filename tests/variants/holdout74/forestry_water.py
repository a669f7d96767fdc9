"""林业, 水务 and 科技 returns (kf07–kf10, kf12): units in their own column, a two-line header
with points, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout74.common import GE, YEAR, multi_year, one_year, signoff
from tests.variants.holdout74.registry import variant
from tests.variants.kit import Book, C, mk


@variant(
    "kf07-forestry-pine-wilt",
    (7,),
    "project, NAT-2021, operator in the value, 计量单位 column, 备注",
)
def kf07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 14, 12, 22))
    project_head(
        s, year=YEAR, name="松材线虫病疫木除治项目", dept="柘川县林业局（321001）",
        unit="柘川县森林病虫害防治检疫站", money=one_year(115, 100, 15),
        goals=["完成全县松林疫情普查监测，对疫木实施清理除治，疫情发生面积控制在1200亩以内，"
               "保护松林资源和生态安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "疫情监测普查面积", "≥32000", "亩", "秋季普查"),
            (None, None, "疫木除治株数", "≥8500", "株", None),
            (None, "质量指标", "疫木除治合格率", C(0.95, GE), "%", "县级检查验收"),
            (None, None, "疫木伐桩高度", "≤5", "厘米", None),
            (None, "时效指标", "除治作业完成时间", "4月30日前", None, "媒介昆虫羽化前"),
            ("成本指标", "经济成本指标", "疫木除治单株成本", "≤120", "元/株", "含清理运输"),
            ("效益指标", "生态效益指标", "松材线虫病疫情发生面积", "≤1200", "亩", None),
            (None, "可持续影响指标", "疫情联防联治机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "林农及林权单位满意度", C(0.9, GE), "%", None),
        ],
        merged=(1, 2),
    )
    signoff(s, "吴小兰", "0771-6630184")
    return b


@variant(
    "kf08-forestry-ecoforest",
    (5, 7),
    "project, OLD-NAT, one value column: no 满意度 tier, a duplicate indicator",
)
def kf08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 20, 12, 12))
    project_head(
        s, year=YEAR, name="公益林管护补助项目", dept="柘川县林业局（321001）",
        unit="柘川县林业局", money=one_year(372.4, 372.4, 0), attr="常年项目",
        goals=["落实18.6万亩县级以上公益林管护责任，按标准发放管护补助，聘用护林员巡山护林，"
               "公益林面积不减少、质量稳步提升。"],
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although 林农 and 护林员 are served")
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "管护公益林面积", "≥18.6万亩"),
            (None, None, "聘用生态护林员人数", "≥150人"),
            (None, "质量指标", "管护责任协议签订率", C(1.0, "0%")),
            (None, None, "补助资金兑付准确率", C(1.0, "0%")),
            (None, "时效指标", "补助资金兑付时间", "12月20日前"),
            (None, "成本指标", "公益林管护补助标准", "≤20元/亩"),
            ("效益指标", "生态效益指标", "森林覆盖率", C(0.724, '"≥"0.0%')),
            (
                None,
                None,
                mk(
                    "管护公益林面积",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103", "D102", "F201"),
                    note="the 数量 indicator repeated under 生态效益",
                ),
                "≥18.6万亩",
            ),
            (None, "社会效益指标", "公益林区域涉林案件发生数", "较上年下降"),
            (None, "可持续影响指标", "公益林管护长效机制", "健全"),
        ],
        merged=(1, 2),
    )
    signoff(s, "吴小兰", "0771-6630184")
    return b


@variant(
    "kf09-water-rural-supply",
    (10,),
    "project, NAT-2021, two-line header, 分值 column adding to 100",
)
def kf09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 10, 10))
    project_head(
        s, year=YEAR, name="农村饮水安全工程维修养护项目", dept="柘川县水务局（324001）",
        unit="柘川县农村供水管理站", money=one_year(260, 240, 20),
        goals=["维修养护36处农村集中供水工程，更新老旧管网12.5公里，落实水质检测，保障4.2万农村"
               "人口饮水安全。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "指标值", "分值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table(
        [
            ("产出指标", "数量指标", "维修养护集中供水工程", "≥36处", 8),
            (None, None, "更新老旧供水管网长度", "≥12.5公里", 8),
            (None, None, "出厂水水质检测次数", "≥4次", 7),
            (None, "质量指标", "维修工程验收合格率", C(0.98, GE), 8),
            (None, None, "出厂水水质达标率", C(0.95, GE), 7),
            (None, "时效指标", "维修工程完工时间", "11月30日前", 7),
            ("成本指标", "经济成本指标", "管网更新单位成本", "≤18万元/公里", 15),
            ("效益指标", "社会效益指标", "受益农村人口", "≥4.2万人", 15),
            (None, "可持续影响指标", "工程长效管护机制", "健全", 15),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", C(0.9, GE), 10),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "合计", None, 100)
    signoff(s, "陆海军", "0771-6633560")
    return b


@variant(
    "kf10-water-river-3yr",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 中期 counts copied into 年度",
)
def kf10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20, 8))
    project_head(
        s, year=YEAR, years=3, attr="新增项目",
        name="中小河流综合治理项目（2027—2029年）", dept="柘川县水务局（324001）",
        unit="柘川县河道管理所", money=multi_year((1680, 1500, 180), (620, 560, 60)),
        goals=["三年治理柘溪河、龙潭河干流18公里，新建护岸9.6公里，清淤疏浚21万立方米，"
               "沿河乡镇防洪标准达到10年一遇。",
               "2027年完成柘溪河上游段治理6公里，新建护岸3.2公里，清淤疏浚7万立方米。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")

    def copied(v: str) -> object:
        return mk(v, "D202", "warning", note="the 3-year count copied into 年度 (plan: 1/3)")

    s.table(
        [
            ("产出指标", "数量指标", "治理河道长度", "≥18公里", copied("≥18公里")),
            (None, None, "新建护岸长度", "≥9.6公里", copied("≥9.6公里")),
            (None, None, "清淤疏浚土方量", "≥21万立方米", copied("≥21万立方米")),
            (None, "质量指标", "工程质量验收合格率", C(0.95, GE), C(0.95, GE)),
            (None, "时效指标", "工程完工时间", "2029年12月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "工程建设成本", "≤1680万元", "≤620万元"),
            ("效益指标", "社会效益指标", "保护沿河人口", "≥2.6万人", "≥0.9万人"),
            (None, "生态效益指标", "治理河段水功能区水质达标率", C(0.9, GE), C(0.85, GE)),
            (None, "可持续影响指标", "河长制管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", C(0.9, GE), C(0.9, GE)),
        ],
        merged=(1, 2),
    )
    signoff(s, "陆海军", "0771-6633560")
    return b


@variant(
    "kf12-science-commissioners",
    (1, 11),
    "project, OLD-NAT, value and 计量单位 columns: a rate as a count, a cost with ≥",
)
def kf12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 14, 12, 12))
    project_head(
        s, year=YEAR, name="科技特派员服务及科技成果转化补助项目",
        dept="柘川县科学技术局（327001）",
        unit="柘川县科学技术局", money=one_year(55, 50, 5),
        goals=["选派科技特派员60名驻村服务，支持12项农业科技成果转化示范，推广新品种新技术，"
               "带动农户增收。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "选派科技特派员人数", "≥60", "人"),
            (None, None, "支持科技成果转化示范项目", "≥12", "项"),
            (None, None, "开展农业技术培训", "≥40", "期"),
            (
                None,
                "质量指标",
                "科技成果转化项目验收通过率",
                mk("12项", "T105", "error", note="a 通过率 given as 12项"),
                None,
            ),
            (None, "时效指标", "项目验收完成时间", "12月15日前", None),
            (
                None,
                "成本指标",
                mk("项目评审专家咨询成本", "T108", "warning", row=True, note="a cost cap with ≥"),
                "≥3.6",
                "万元",
            ),
            ("效益指标", "经济效益指标", "示范户亩均增收", "≥300", "元"),
            (None, "社会效益指标", "推广新品种新技术", "≥25", "项"),
            (None, "可持续影响指标", "科技特派员长效服务机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "服务农户满意度", C(0.9, GE), "%"),
        ],
        merged=(1, 2),
    )
    signoff(s, "邓琳", "0771-6637711")
    return b
