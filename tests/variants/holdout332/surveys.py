"""Uninhabited island surveys and protection (无居民海岛调查、名称标志、巡查): ud01 to ud06."""

from __future__ import annotations

from tests.variants.holdout332.common import (
    YEAR,
    department,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout332.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ud01-survey-percent", (1, 7),
         "project, OLD-NAT, two-row header 绩效目标值, operator and unit columns, percent cells "
         "(correct)")  # fmt: skip
def survey_percent() -> Book:
    b, s = start()
    project(s, "无居民海岛名称标志及界址核查", "澄屿县海岛管理所", one_year(86, 80, 6),
            ["核查全县42个无居民海岛的名称标志和界址点，更新界址数据库。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标值", None, None, merge=[(1, 3), (4, 6)])
    rows = [
        ("产出指标", "数量指标", "核查无居民海岛数量", "≥", 42, "个"),
        (None, None, "更新海岛界址点坐标", "≥", 160, "个"),
        (None, "质量指标", "界址点测量精度达标率", "≥", pct(0.95), "%"),
        (None, None, "核查图斑误差率", "≤", pct(0.03), "%"),
        (None, "时效指标", "外业核查完成时间", "≤", "10月31日前", None),
        (None, "成本指标", "单岛核查成本", "≤", 1.9, "万元/个"),
        ("效益指标", "社会效益指标", "海岛名称标志公众知晓率", "≥", pct(0.8), "%"),
        (None, "生态效益指标", "违规用岛问题移交处置率", "=", pct(1), "%"),
        (None, "可持续影响指标", "界址数据库更新周期", "≤", 1, "年"),
        ("满意度指标", "服务对象满意度指标", "自然资源执法部门满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    return b


@variant("ud02-survey-flat", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
         "a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def survey_flat() -> Book:
    b, s = start()
    department(s, "雁礁市海岛保护中心", (640, 600, 40, 240, 400),
               "完成全市无居民海岛巡查和地名普查更新，开展海岛生态监视监测。",
               [("无居民海岛巡查", "全年巡查360岛次", 150, "违法用岛早发现"),
                ("海岛地名普查更新", "更新58个海岛地名档案", 130, "地名档案完整"),
                ("海岛生态监视监测", "遥感与现场监测", 120, "掌握生态状况"),
                ("金额合计", None, 400, None)])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+15+10+15+10+10+10+10 = 95，应为 100")
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("无居民海岛巡查覆盖岛次", 15, "岛次", "≥", 360),
        ("海岛地名普查更新数量", 15, "个", "≥", 58),
        ("巡查发现违法用岛问题漏报率", 10, "%", "≥",
         mk(5, "T108", "warning", row=True, note="漏报率是反向指标，比较符应为 ≤")),
        ("生态监视监测数据上报及时率", 15, "%", "≥", 95),
        ("单岛次巡查成本", 10, "万元/岛次", "≤", 0.4),
        ("海岛生态破坏事件发生数", 10, "起", "≤", 0),
        ("沿海公众海岛保护知晓率", 10, "%", "≥", 75),
        ("服务对象满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "许岚汐", "0598-7302416", (YEAR - 1, 11, 18))
    return b


def _survey_table(s: Sheet, count: int, cost: float, rate: str) -> None:
    rows = [
        ("产出指标", "数量指标", "完成海岛调查数量", f"≥{count}个"),
        (None, "质量指标", "调查成果验收通过率", rate),
        (None, "时效指标", "调查报告提交时间", "11月30日前"),
        (None, "成本指标", "单岛调查成本", f"≤{cost}万元/个"),
        ("效益指标", "生态效益指标", "海岛生态本底数据覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥90%"),
    ]
    table(s, H4, rows)


@variant("ud03-survey-stacked", (2,),
         "three survey projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values (correct)")  # fmt: skip
def survey_stacked() -> Book:
    b, s = start()
    project(s, "北鳌列岛地形地貌调查", "澄屿县海岛管理所", one_year(48, 45, 3),
            ["完成北鳌列岛14个海岛的地形地貌调查。"])  # fmt: skip
    _survey_table(s, 14, 3.2, "≥95%")
    s.skip()
    project(s, "南珂屿植被本底调查", "澄屿县林业站", one_year(36, 36, 0),
            ["完成南珂屿等10个海岛的植被本底调查。"], title="")  # fmt: skip
    _survey_table(s, 10, 3.5, "=100%")
    s.skip()
    project(s, "浮鹭礁群鸟类栖息地调查", "澄屿县海洋环境监测站", one_year(25.5, 20, 5.5),
            ["完成浮鹭礁群6个海岛的鸟类栖息地调查。"], title="")  # fmt: skip
    _survey_table(s, 6, 4, "≥90%")
    return b


@variant("ud04-survey-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total does not "
         "add up, a completion rate given as a count")  # fmt: skip
def survey_stacked_defects() -> Book:
    b, s = start()
    project(s, "海岛名称标志设置", "澄屿县海岛管理所", one_year(30, 30, 0),
            ["为12个新命名海岛设置名称标志。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "设置海岛名称标志", "≥12块"),
        (None, "质量指标", "海岛名称标志设置完成率",
         mk("12块", "T105", "error", note="完成率给的是块数，不是百分比")),
        (None, "时效指标", "标志设置完成时间", "9月30日前"),
        (None, "成本指标", "单块标志制作安装成本", "≤2.4万元/块"),
        ("效益指标", "社会效益指标", "海岛名称标志辨识度", "显著"),
        ("满意度指标", "服务对象满意度指标", "海岛周边渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    bad = mk(wan(85), "B101", "error", note="85 ≠ 60 + 20")
    project(s, "无居民海岛开发利用现状核查", "澄屿县海岛管理所", one_year(bad, 60, 20),
            ["核查全县无居民海岛开发利用现状，建立问题台账。"], title="")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "核查开发利用海岛数量", "≥9个"),
        (None, "质量指标", "核查问题台账准确率", "≥95%"),
        (None, "时效指标", "核查报告提交时间", "10月31日前"),
        (None, "成本指标", "单岛核查成本", "≤8万元/个"),
        ("效益指标", "社会效益指标", "违规用岛问题整改率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ud05-protection-points", (5, 10),
         "project, NAT-2021, numbered labels with points (一、产出指标（50分）, （一）数量指标), "
         "an indicator points column adding to 100 as well, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def protection_points() -> Book:
    b, s = start()
    project(s, "无居民海岛保护标识设置与巡护", "澄屿县海岛管理所", one_year(42, 40, 2),
            ["在南珂屿等海岛设置保护标识，开展岸线巡护。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.设立海岛保护标识牌", "≥30块", 10),
        (None, None, "2.完成无居民海岛岸线巡护", "≥24次", 10),
        (None, "（二）质量指标", "1.标识牌安装验收合格率", "=100%", 10),
        (None, "（三）时效指标", "1.标识牌安装完成时限", f"{YEAR}年9月30日前", 10),
        (None, None, "2.巡护记录归档及时率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "1.单块标识牌制作安装成本",
         "≤0.6万元/块", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "1.岸线人为破坏点位下降率", "≥20%", 10),
        (None, "（二）社会效益指标", "1.沿海渔民海岛保护知晓率", "提高≥5百分点", 10),
        (None, "（三）可持续影响指标", "1.标识牌管护制度", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.海岛周边群众满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, ["注：一级指标分值合计100分，三级指标分值合计100分，二者为同一总分的两种分解。"], 5)
    return b


@variant("ud06-protection-dept-money", (12, 4),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a 说明 row and a signature line under the table")  # fmt: skip
def protection_dept_money() -> Book:
    b, s = start()
    total = mk(wan(520), "B101", "error", note="基本支出 210 + 项目支出 300 = 510 ≠ 520")
    department(s, "澄屿县海岛保护与利用服务中心", (total, 470, 50, 210, 300),
               "加强无居民海岛保护，规范开发利用，完成海岛整治修复前期工作。",
               [("海岛保护规划实施评估", "评估规划执行", 120, "形成评估报告"),
                ("无居民海岛使用监管", "审批后监管", 95, "监管全覆盖"),
                ("海岛整治修复前期", "勘察设计", 80, "完成设计"),
                ("金额合计", None, mk(300, "B102", "error", note="120 + 95 + 80 = 295 ≠ 300"),
                 None)])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "完成规划实施评估报告", "≥1份"),
        (None, None, "监管已确权无居民海岛", "≥7个"),
        (None, "质量指标", "监管问题整改到位率", "≥90%"),
        (None, "时效指标", "勘察设计完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "海岛整治修复勘察设计费", "≤80万元"),
        ("效益指标", "生态效益指标", "已确权海岛生态状况稳定", "稳定"),
        (None, "社会效益指标", "违规用岛案件查处率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "用岛单位满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, ["说明：项目支出含上年结转资金，已在其他资金中反映。"], 4)
    sign(s, "郑沐舟", "0598-7316092", (YEAR - 1, 11, 18))
    return b
