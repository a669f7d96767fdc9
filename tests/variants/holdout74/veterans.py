"""统计, 机关事务 and 退役军人 project returns (kf13, kf15–kf17): a direction column, stacked
projects, a 指标值设定依据 column, 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout74.common import GE, LE1, YEAR, multi_year, one_year, signoff
from tests.variants.holdout74.registry import variant
from tests.variants.kit import Book, C, mk


@variant(
    "kf13-statistics-household",
    (11,),
    "project, NAT-2021, 指标方向 column (正向/反向/定性), operators in the values",
)
def kf13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 12, 18, 12))
    project_head(
        s, year=YEAR, name="住户收支调查及县域经济运行监测项目", dept="柘川县统计局（330001）",
        unit="柘川县统计局", money=one_year(58, 58, 0), attr="常年项目",
        goals=["组织360户样本户开展住户收支记账调查，按月监测县域经济运行，编发统计分析报告，"
               "为县委县政府决策提供数据支撑。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "住户调查样本户数", "正向", "≥360户"),
            (None, None, "辅助调查员业务培训", "正向", "≥2期"),
            (None, None, "编发经济运行分析报告", "正向", "≥12篇"),
            (None, "质量指标", "记账数据审核合格率", "正向", C(0.98, GE)),
            (None, None, "记账数据差错率", "反向", C(0.01, LE1)),
            (None, "时效指标", "月度调查数据上报时限", "反向", "≤5个工作日"),
            ("成本指标", "经济成本指标", "样本户记账补贴标准", "反向", "≤100元/户·月"),
            ("效益指标", "社会效益指标", "统计分析报告采用率", "正向", C(0.5, GE)),
            (None, "可持续影响指标", "住户调查数据质量管控机制", "定性", "健全"),
            ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "正向", C(0.9, GE)),
            (None, None, "样本户对调查工作满意度", "正向", C(0.85, GE)),
        ],
        merged=(1, 2),
    )
    signoff(s, "钟丽萍", "0771-6644290")
    return b


@variant(
    "kf15-affairs-stacked",
    (2,),
    "two projects stacked in one sheet, NAT-2021, one value column each",
)
def kf15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="机关办公区物业管理服务项目", dept="柘川县机关事务服务中心（608001）",
        unit="柘川县机关事务服务中心", money=one_year(276, 276, 0), attr="常年项目",
        goals=["通过政府采购委托物业公司承担县直机关办公区8.6万平方米的保洁、秩序维护、绿化和"
               "设施设备维护，保障机关办公秩序。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "物业服务保障面积", "≥8.6万平方米"),
            (None, None, "设施设备巡检次数", "≥12次"),
            (None, "质量指标", "物业服务考核合格率", C(0.95, GE)),
            (None, "时效指标", "报修响应时间", "≤2小时"),
            ("成本指标", "经济成本指标", "物业服务单价", "≤2.6元/平方米·月"),
            ("效益指标", "社会效益指标", "办公区安全责任事故", "0起"),
            (None, "可持续影响指标", "物业服务考核机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "机关干部职工满意度", C(0.9, GE)),
        ],
        merged=(1, 2),
    )
    s.skip(2)
    project_head(
        s, year=YEAR, name="公务用车服务平台运行维护项目", dept="柘川县机关事务服务中心（608001）",
        unit="柘川县公务用车服务中心", money=one_year(148, 140, 8), title="",
        goals=["保障平台42辆公务用车的运行维护、保险和驾驶员管理，全年安全出车5200车次以上，"
               "满足县直单位公务出行需求。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "平台保障出车", "≥5200车次"),
            (None, None, "平台车辆维护保养", "≥42辆"),
            (None, "质量指标", "车辆年检合格率", C(1.0, "0%")),
            (None, "时效指标", "用车申请派车时限", "≤30分钟"),
            ("成本指标", "经济成本指标", "单车年运行维护费", "≤2.8万元"),
            ("效益指标", "社会效益指标", "公务出行保障", "及时有效"),
            (None, "可持续影响指标", "公务用车平台管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "用车单位满意度", C(0.9, GE)),
        ],
        merged=(1, 2),
    )
    signoff(s, "罗建", "0771-6650811", "中心主任（签字）：")
    return b


@variant(
    "kf16-veterans-training",
    (7,),
    "project, NAT-2021, 指标值设定依据 column: a date in the year before, 满意度 ≥100%",
)
def kf16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 22, 10))
    project_head(
        s, year=YEAR, name="退役军人适应性培训及就业创业扶持项目",
        dept="柘川县退役军人事务局（336001）", unit="柘川县退役军人服务中心",
        money=one_year(84, 80, 4),
        goals=["对2027年度退役军人开展适应性培训和职业技能培训，组织专场招聘会，扶持退役军人"
               "创业，促进退役军人稳定就业。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "开展适应性培训人数", "≥180人", "计划标准"),
            (None, None, "开展职业技能培训人数", "≥120人", "计划标准"),
            (None, None, "举办退役军人专场招聘会", "≥3场", "历史标准"),
            (None, "质量指标", "职业技能培训取证率", "≥80%", "行业标准"),
            (
                None,
                "时效指标",
                "适应性培训完成时间",
                mk(
                    "2026年11月30日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a deadline in 2026 for the 2027 budget year",
                ),
                "计划标准",
            ),
            ("成本指标", "经济成本指标", "职业技能培训人均成本", "≤3500元/人", "计划标准"),
            ("效益指标", "社会效益指标", "参训退役军人就业率", "≥85%", "历史标准"),
            (None, None, "扶持退役军人创业", "≥15人", "计划标准"),
            (None, "可持续影响指标", "退役军人就业服务机制", "健全", "其他标准"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "参训退役军人满意度",
                mk("≥100%", "T106", "error", note="a satisfaction rate at or above the ceiling"),
                "计划标准",
            ),
        ],
        merged=(1, 2),
    )
    signoff(s, "甘志强", "0771-6656102")
    return b


@variant(
    "kf17-veterans-honour-home",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, annual counts below period",
)
def kf17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 8))
    project_head(
        s, year=YEAR, years=2, attr="新增项目",
        name="光荣院适老化改造及运营提升项目（2027—2028年）",
        dept="柘川县退役军人事务局（336001）", unit="柘川县光荣院",
        money=multi_year((420, 400, 20), (260, 250, 10)),
        goals=["两年内完成光荣院住养楼适老化改造86间，新增护理床位40张，集中供养优抚对象"
               "入住率达到80%以上。",
               "2027年完成住养楼适老化改造50间，新增护理床位24张，完成消防设施改造。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "完成适老化改造房间", "≥86间", "≥50间"),
            (None, None, "新增护理床位", "≥40张", "≥24张"),
            (None, None, "护理人员岗位培训", "≥60人次", "≥30人次"),
            (None, "质量指标", "改造工程验收合格率", C(1.0, "0%"), C(1.0, "0%")),
            (None, "时效指标", "改造工程完工时间", "2028年10月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "适老化改造单间成本", "≤3.2万元", "≤3.2万元"),
            ("效益指标", "社会效益指标", "集中供养优抚对象入住率", C(0.8, GE), C(0.7, GE)),
            (None, None, "院内安全责任事故", "0起", "0起"),
            (None, "可持续影响指标", "光荣院运营管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "入住优抚对象满意度", C(0.92, GE), C(0.9, GE)),
        ],
        merged=(1, 2),
    )
    signoff(s, "甘志强", "0771-6656102")
    return b
