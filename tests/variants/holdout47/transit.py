"""Public transport returns (交通运输局, 公交集团): operating subsidies per 车公里 and per 人次,
bus stops over a multi-year period, new-energy buses, rural bus subsidies."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout47.common import sign_off
from tests.variants.holdout47.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("je01-bus-subsidy-ok", (1, 12),
         "project, NAT-2021, operators inside the values, bare percent cells, 万元 in the number "
         "format, 车公里 subsidy against the money, 0起 incidents, signature line")  # fmt: skip
def je01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 18, 16))
    project_head(
        s, year=2026, name="城区公共交通运营补贴", dept="栖霞湾市交通运输局（318001）",
        unit="栖霞湾市公共交通集团有限公司", attr="常年项目",
        money=[("年度资金总额", money(4500, WAN), "其中：财政拨款", money(4200, WAN)),
               ("其他资金", money(300, WAN), None, None)],
        goals=["按运营里程对城区38条公交线路给予运营补贴，保障公交准点、安全运行，"
               "提高公共交通出行分担率。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "补贴公交线路条数", "≥38条", None),
            (None, None, "年度公交运营里程", "≥1650万车公里", "按线路排班计划测算"),
            (None, "质量指标", "公交准点率", pct(0.92), None),
            (None, None, "营运车辆完好率", pct(0.95), None),
            (None, "时效指标", "补贴资金拨付时限", "每季度结束后15个工作日内", None),
            ("成本指标", "经济成本指标", "每车公里运营补贴标准", "≤2.6元/车公里", None),
            ("效益指标", "社会效益指标", "公共交通出行分担率", "≥28%", None),
            (None, None, "重大安全责任事故", "0起", None),
            (None, "可持续影响指标", "新能源公交车占比", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 10, 28), who="郑晓岚", checker="邵立群", phone="0571-8826 1043")
    return b


@variant("je02-bus-per-trip", (1, 11, 12),
         "project, NAT-2021, two-line header with 比较符 · 目标值 · 计量单位 columns; money that "
         "does not add up, a rate without %, a 投诉率 with ≥")  # fmt: skip
def je02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=2026, name="乡镇公交一体化运营补贴", dept="枫林县交通运输局（207003）",
        unit="枫林县城乡公交有限公司", attr="延续项目",
        money=[("年度资金总额", mk(money(1180, WAN), "B101", "error",
                                   note="1050 + 100 = 1150，不是 1180"),
                "其中：财政拨款", money(1050, WAN)),
               ("其他资金", money(100, WAN), None, None)],
        goals=["按载客人次对23条镇村公交线路给予运营补贴，保障偏远村组每日不少于4个班次。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "年客运量", "≥", 860, "万人次"),
            (None, None, "开通镇村公交线路", "≥", 23, "条"),
            (
                None,
                "质量指标",
                "镇村公交准点率",
                "≥",
                mk(95, "T105", "error", alt=("T104", "T116"), note="准点率写成 95，没有 %"),
                None,
            ),
            (None, "时效指标", "补贴资金拨付时限", "≤", 20, "个工作日"),
            ("成本指标", "经济成本指标", "每人次运营补贴标准", "≤", 1.2, "元/人次"),
            ("效益指标", "社会效益指标", "建制村公交通达率", "=", pct(1), "%"),
            (
                None,
                None,
                "乘客有效投诉率",
                "≥",
                mk(5, "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤5%"),
                "%",
            ),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 3), who="钱一鸣", checker="何素琴", phone="13905762214")
    return b


@variant("je03-bus-stops-multi-year-ok", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts split by year, rates, "
         "costs and satisfaction equal in both, deadlines per period")  # fmt: skip
def je03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=3, name="公交站台及港湾式停靠站提升改造",
        dept="栖霞湾市交通运输局（318001）", unit="栖霞湾市公路与运输管理中心",
        attr="新增项目", start=day(2026, 3, 1), end=day(2028, 12, 31),
        money=[("中期资金总额", money(2400, WAN), "其中：财政拨款", money(2400, WAN)),
               ("年度资金总额", money(900, WAN), "其中：财政拨款", money(900, WAN))],
        goals=["三年内改造城区公交站台360个、新建港湾式停靠站24处，候车环境明显改善。",
               "2026年改造公交站台120个、新建港湾式停靠站8处，年底前完工验收。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "改造公交站台", "≥360个", "≥120个"),
            (None, None, "新建港湾式停靠站", "≥24处", "≥8处"),
            (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
            (None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "单个站台改造成本", "≤6万元/个", "≤6万元/个"),
            ("效益指标", "社会效益指标", "乘客候车环境", "明显改善", "逐步改善"),
            (None, "可持续影响指标", "站台设施设计使用年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "乘客候车满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 10, 30), who="韩叶", checker="邵立群", phone="0571-8826 1057")
    return b


@variant("je04-new-energy-buses-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into 年度, "
         "a plan start date two years before the period")  # fmt: skip
def je04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 20, 12))
    project_head(
        s, year=2026, years=2, name="新能源公交车购置及充电设施建设",
        dept="枫林县交通运输局（207003）", unit="枫林县城乡公交有限公司", attr="新增项目",
        start=mk(day(2024, 1, 1), "Y102", "error", alt=("Y101",),
                 note="项目期 2026—2027 年，开始日期却是 2024 年"),
        end=day(2027, 12, 31),
        money=[("中期资金总额", money(9600, WAN), "其中：财政拨款", money(7200, WAN)),
               ("其他资金", money(2400, WAN), None, None),
               ("年度资金总额", money(5100, WAN), "其中：财政拨款", money(3800, WAN)),
               ("其他资金", money(1300, WAN), None, None)],
        goals=["两年内购置纯电动公交车150辆、建设公交充电桩60个，淘汰国四柴油公交车。",
               "2026年购置纯电动公交车80辆、建设充电桩32个。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "购置纯电动公交车",
                "≥150辆",
                mk("≥150辆", "D202", "warning", note="年度目标 80 辆，中期值抄入年度"),
            ),
            (
                None,
                None,
                "建设公交充电桩",
                "≥60个",
                mk("≥60个", "D202", "warning", note="年度目标 32 个，中期值抄入年度"),
            ),
            (None, "质量指标", "车辆及充电设施验收合格率", pct(1), pct(1)),
            (None, "时效指标", "车辆交付时间", "2027年10月31日前", "2026年10月31日前"),
            (
                "成本指标",
                "经济成本指标",
                "单车购置成本",
                "≤58万元/辆",
                ok("≤58万元/辆", note="按抄入的 150 辆算会超年度资金，是上面抄写的后果"),
            ),
            ("效益指标", "生态效益指标", "年减少柴油消耗", "≥1800吨", "≥950吨"),
            (None, "社会效益指标", "重大安全责任事故", "0起", "0起"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 5), who="钱一鸣", checker="何素琴", phone="13905762214")
    return b


@variant("je17-rural-bus-lines", (4, 12),
         "project, OLD-NAT (成本 under 产出), one value column, a 资金测算 block after the "
         "table: lines not adding to their 合计, a 通达率 as a count, a repeated row")  # fmt: skip
def je17() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 20, 24, 12))
    project_head(
        s, year=2026, name="农村客运班线运营补助", dept="石门坎县交通运输局（415002）",
        unit="石门坎县道路运输服务中心", attr="常年项目",
        money=[("年度资金总额", money(800, WAN), "其中：财政拨款", money(800, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["对48条农村客运班线给予燃油及车辆更新补助，保障建制村通客车。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农村客运班线数量", "≥48条"),
            (None, None, "更新农村客运车辆", "≥26辆"),
            (
                None,
                None,
                mk(
                    "农村客运班线数量",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102",),
                    note="与上两行同名同值",
                ),
                "≥48条",
            ),
            (
                None,
                "质量指标",
                "建制村客车通达率",
                mk("326个", "T105", "error", note="通达率写成建制村个数"),
            ),
            (None, "时效指标", "补助资金拨付时间", "2026年12月20日前"),
            (None, "成本指标", "单车更新补助标准", "≤10万元/辆"),
            ("效益指标", "社会效益指标", "群众出行条件", "有效改善"),
            (None, "可持续影响指标", "农村客运长效运营机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row("资金测算", "支出内容", "金额（万元）", "测算依据")
    top = s.r
    s.row(None, "燃油补贴", money(420, "#,##0.00"), "48条×8.75万元/条")
    s.row(None, "车辆更新补助", money(260, "#,##0.00"), "26辆×10万元/辆")
    s.row(None, "候车亭维护", money(80, "#,##0.00"), "160座×0.5万元/座")
    s.row(None, "合计", mk(money(800, "#,##0.00"), "B102", "error",
                           note="420 + 260 + 80 = 760"), None)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign_off(s, day(2025, 11, 12), who="龙小桥", checker="田家树", phone="0744-331 2098")
    return b


@variant("je18-fuel-subsidy-ok", (5, 10),
         "transfer-payment project, OLD-NAT, labels with marks (*产出指标, ★ core "
         "indicators), 中央补助 + 地方资金, a 计量单位 column, numbers pasted as text, "
         "weights adding to 100")  # fmt: skip
def je18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 12, 10))
    project_head(
        s, year=2026, name="城市公交和农村客运成品油价格补助", dept="石门坎县交通运输局（415002）",
        unit="石门坎县道路运输服务中心", attr="常年项目",
        money=[("年度资金总额", money(1620, WAN), "其中：中央补助", money(1200, WAN)),
               ("地方资金", money(420, WAN), None, None)],
        goals=["按核定标准向412辆城市公交车、186辆农村客运车辆发放成品油价格补助，稳定城乡公交"
               "票价，推广新能源车辆。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重（分）")
    s.table(
        [
            ("*产出指标", "数量指标", "★享受补助的城市公交车辆", "≥412", "辆", 10),
            (None, None, "★享受补助的农村客运车辆", "≥186", "辆", 10),
            (None, "质量指标", "补助对象核定准确率", "100", "%", 10),
            (None, "时效指标", "补助资金下达时限", "30日内", "日", 10),
            (None, "成本指标", "城市公交车辆平均补助标准", "≤3.2", "万元/辆", 5),
            (None, None, "农村客运车辆平均补助标准", "≤1.5", "万元/辆", 5),
            ("*效益指标", "社会效益指标", "城乡公交票价水平", "保持稳定", None, 15),
            (None, "可持续影响指标", "新能源公交车辆占比", "≥85", "%", 15),
            ("*满意度指标", "服务对象满意度指标", "运营企业满意度", "≥90", "%", 10),
            (None, None, "乘客满意度", "≥90", "%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, 100)
    s.row("注：带★的为核心指标，不得删除；带*的一级指标为必填。", merge=[(1, 6)])
    sign_off(s, day(2025, 11, 12), who="龙小桥", checker="田家树", phone="0744-331 2098")
    return b
