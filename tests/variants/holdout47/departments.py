"""Department returns (部门整体支出绩效目标表): a transport bureau, an urban management bureau and
a municipal facilities centre, each with budget, 年度主要任务 and an indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout47.common import sign_off
from tests.variants.holdout47.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, money, pct

AMOUNT = "#,##0.00"


def _m(value: float) -> C:
    return money(value, AMOUNT)


@variant("je14-transport-bureau-ok", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, four tasks "
         "adding to 项目支出, one value column, a 反向 超限率 and 0起")  # fmt: skip
def je14() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    department_head(
        s, year=2026, dept="白鹭洲市交通运输局",
        budget=[(_m(12860.5), _m(12420.5), _m(440), _m(3260.5), _m(9600))],
        tasks=[("城市公交运营补贴", "52条公交线路按车公里补贴", _m(4500), "公交准点率≥90%"),
               ("农村公路养护", "县乡村道日常养护1260公里", _m(3200), "优良中等路率≥85%"),
               ("客运站场维护", "5个客运站、160座候车亭维护", _m(1100), "设施完好"),
               ("治超执法", "6个治超检测站运行", _m(800), "超限超载率≤0.5%"),
               ("金额合计", None, _m(9600), None)],
        goal="保障城乡公交稳定运行，农村公路养护到位，道路运输安全形势平稳。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "公交运营补贴线路", "≥52条"),
            (None, None, "农村公路日常养护里程", "≥1260公里"),
            (None, None, "治超检测站点运行", "=6个"),
            (None, "质量指标", "农村公路优良中等路率", "≥85%"),
            (None, None, "公交准点率", "≥90%"),
            (None, "时效指标", "公交补贴资金按季拨付及时率", pct(1)),
            ("成本指标", "经济成本指标", "农村公路日常养护单价", "≤2.5万元/公里"),
            ("效益指标", "社会效益指标", "道路运输重大安全事故", "0起"),
            (None, None, "货车超限超载率", "≤0.5%"),
            (None, "可持续影响指标", "农村公路管养长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "群众对交通出行服务满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 20), who="庞清", checker="詹益民", phone="0596-2258 1130")
    return b


@variant("je15-urban-bureau-wrong", (6, 11, 12),
         "department, NAT-2021: tasks not adding to 金额合计, a 生态效益指标 row left from the "
         "template, 办结时限 as a percentage, 95%%")  # fmt: skip
def je15() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    department_head(
        s, year=2026, dept="云栖县城市管理局",
        budget=[(_m(8640), _m(8300), _m(340), _m(2140), _m(6500))],
        tasks=[("市容环境整治", "占道经营、户外广告整治", _m(2100), "主次干道无乱摆乱放"),
               ("数字城管运行", "数字城管平台及坐席运行", _m(900), "案件按期结案率≥95%"),
               ("违法建设治理", "拆除存量违法建设", _m(1300), "新增违建零增长"),
               ("环卫作业保障", "道路清扫保洁及公厕管护", _m(2300), "机械化清扫率≥80%"),
               ("金额合计", None, mk(_m(6500), "B102", "error",
                                      note="2100 + 900 + 1300 + 2300 = 6600"), None)],
        goal="市容环境秩序持续改善，城市管理问题及时发现、及时处置。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "拆除违法建设面积", "≥3.5万平方米"),
            (None, None, "道路机械化清扫面积", "≥620万平方米"),
            (None, "质量指标", "数字城管案件按期结案率", "≥95%"),
            (None, None, "市民投诉办结率", mk("≥95%%", "T116", "warning", note="%% 多一个")),
            (
                None,
                "时效指标",
                "市民投诉办结时限",
                mk("100%", "T113", "warning", note="时限写成百分比"),
            ),
            ("成本指标", "经济成本指标", "道路清扫保洁单价", "≤3.2元/平方米·年"),
            ("效益指标", "社会效益指标", "市容环境秩序", "持续改善"),
            (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
            (None, "可持续影响指标", "城市管理长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "市民对市容环境满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 18), who="吴桐", checker="裘海", phone="0576-8712 3301")
    return b


@variant("je16-facilities-centre-ok", (1, 4, 12),
         "department, NAT-2021, two-line header with 比较符 · 指标值 · 计量单位 columns, a date "
         "target stored as a date, percent cells, 0起, 定性 as operator, signature")  # fmt: skip
def je16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 16, 14))
    department_head(
        s, year=2026, dept="青漪市市政设施管护中心",
        budget=[(_m(3400), _m(3200), _m(200), _m(850), _m(2550))],
        tasks=[("城市照明设施维护", "路灯及配电设施维护", _m(1200), "亮灯率≥98%"),
               ("排水管网清疏", "汛前及日常管网清疏", _m(900), "主干道无严重积水"),
               ("公共停车场运营", "6处公共停车场日常运营", _m(450), "泊位完好"),
               ("金额合计", None, _m(2550), None)],
        goal="城市照明、排水和公共停车设施运行良好，汛期城区道路无严重积水。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "指标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "维护城市路灯", "≥", 21800, "盏"),
            (None, None, "清疏排水管网", "≥", 380, "公里"),
            (None, None, "管理公共停车泊位", "=", 2460, "个"),
            (None, "质量指标", "城市路灯亮灯率", "≥", 98, "%"),
            (None, None, "停车场设施完好率", "≥", pct(0.95), None),
            (None, "时效指标", "汛前管网清疏完成时间", "≤", day(2026, 5, 31, CN_DATE), None),
            ("成本指标", "经济成本指标", "每公里管网清疏成本", "≤", 2.2, "万元/公里"),
            ("效益指标", "社会效益指标", "城区主干道易积水点", "≤", 3, "处"),
            (None, None, "设施管护安全责任事故", "=", 0, "起"),
            (None, "可持续影响指标", "设施管护长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    s.row("注：本表金额单位为万元；比率类指标以百分比计。", merge=[(1, 6)])
    sign_off(s, day(2025, 11, 14), who="葛平", checker="陆文", phone="0573-8269 4402")
    return b
