"""Department tables of 应急管理 and 公安 (资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出,
年度主要任务 with 金额合计), a 市容 project with numbered tier labels and points, and an 应急物资
储备库 project with template rows left empty (items 5, 6, 8, 10, 12, 13)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout19.common import footer, sources
from tests.variants.holdout19.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

PLAIN = "#,##0.00"


@variant("ic11-dept-emergency-ok", (12,), "department table of an 应急管理局, NAT-2021: budget, "
         "four key tasks adding to 项目支出, 应急物资储备 counts, 0起 and a ‰ rate")  # fmt: skip
def ic11() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 20, 30, 18, 18, 16))
    department_head(
        s, year=2025, dept="鹤汀市应急管理局",
        budget=[(money(3860, PLAIN), money(3620, PLAIN), money(240, PLAIN), money(2140, PLAIN),
                 money(1720, PLAIN))],
        tasks=[("应急物资储备", "补充救灾帐篷、折叠床、棉被等市级储备物资，轮换到期物资",
                money(680, PLAIN), "市级储备满足1万人紧急转移安置需要"),
               ("安全生产监管执法", "重点行业领域执法检查、专家指导服务和执法装备更新",
                money(420, PLAIN), "执法检查1200家次，重大隐患动态清零"),
               ("森林防灭火", "防火巡护、隔离带维护和扑火队伍训练", money(380, PLAIN),
                "森林火灾受害率控制在0.9‰以内"),
               ("应急指挥平台运维", "应急指挥信息平台和卫星通信设备运行维护",
                money(240, PLAIN), "平台全年稳定运行"),
               ("金额合计", None, money(1720, PLAIN), None)],
        goal="提升全市应急物资保障和安全生产监管能力，防范遏制较大及以上生产安全事故，森林火灾"
             "受害率控制在0.9‰以内，受灾群众12小时内得到初步救助。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标值说明", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "救灾帐篷储备", "≥500顶", "市级储备库"),
            (None, None, "折叠床储备", "≥1500张", None),
            (None, None, "安全生产执法检查", "≥1200家次", None),
            (None, None, "森林防火巡护", "≥3600人次", None),
            (None, "质量指标", "储备物资完好率", "≥98%", "年度盘点"),
            (None, None, "应急指挥平台运行可用率", pct(0.995, "0.0%"), None),
            (None, "时效指标", "受灾群众基本生活救助时间", "12小时内", "灾害发生后"),
            ("成本指标", "经济成本指标", "市级应急物资储备经费", "≤680万元", None),
            ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "0起", "反向指标"),
            (None, None, "森林火灾受害率", "≤0.9‰", "反向指标"),
            (None, "可持续影响指标", "应急物资储备轮换机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="骆晓", checker="缪正平", phone="0576-88229016", filled=day(2024, 11, 20))
    return b


@variant("ic12-dept-police-wrong", (12,), "department table of a 公安局, NAT-2021: "
         "基本支出 + 项目支出 ≠ 资金总额, a deadline two years before the budget year, "
         "no 满意度指标")  # fmt: skip
def ic12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 20, 30, 18, 18, 16))
    department_head(
        s, year=2025, dept="桐川县公安局",
        budget=[(mk(money(5200, PLAIN), "B101", "error", row=True,
                    note="3980+1320=5300，不是5200"),
                 money(4960, PLAIN), money(240, PLAIN), money(3980, PLAIN), money(1320, PLAIN))],
        tasks=[("社会治安防控", "视频监控点位建设维护、巡逻防控", money(520, PLAIN),
                "新建高清视频监控点位300个"),
               ("道路交通管理", "交通安全设施维护和交通安全宣传", money(380, PLAIN),
                "道路交通事故死亡人数下降"),
               ("禁毒工作", "禁毒宣传教育和吸毒人员管控", money(160, PLAIN),
                "无新增吸毒人员村（社区）比例提高"),
               ("执法办案保障", "执法办案管理中心运行和系统升级", money(260, PLAIN),
                "执法办案全流程闭环管理"),
               ("金额合计", None, money(1320, PLAIN), None)],
        goal="深化社会治安整体防控，道路交通事故死亡人数较上年下降，命案现案全部侦破，执法办案"
             "管理中心系统完成升级。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "新建高清视频监控点位", "≥300个", None),
            (None, None, "开展禁毒宣传活动", "≥40场", None),
            (None, None, "交通安全设施维护路段", "≥85公里", None),
            (None, "质量指标", "命案现案侦破率", "100%", None),
            (None, None, "执法案件法制审核率", "100%", None),
            (None, "时效指标", "执法办案系统升级完成时间",
             mk("2023年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
                note="预算年度2025，完成时间写成2023年"), None),
            ("成本指标", "经济成本指标", "视频监控点位建设单价", "≤1.2万元/个", None),
            ("效益指标", "社会效益指标", "道路交通事故死亡人数", "较上年下降", "反向指标"),
            (None, None, "刑事案件立案数", "较上年下降", None),
            (None, "可持续影响指标", "社会治安防控体系", "持续完善", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    b.file_mark("F106", "error", note="缺少满意度指标")
    footer(s, who="陶晖", checker="章建伟", phone="0579-83350110", filled=day(2024, 11, 20))
    return b


@variant("ic13-points-labels-ok", (5, 10), "one-year 市容整治 project, NAT-2021, numbered "
         "tier labels with points (一、产出指标（50分）, （一）数量指标), indicator points "
         "adding to each tier and to 100, qualitative values")  # fmt: skip
def ic13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (18, 18, 30, 16, 8, 16))
    project_head(
        s, year=2025, name="芦湾区市容环境综合整治专项", dept="芦湾区城市管理局",
        unit="芦湾区城市管理综合行政执法局",
        money=[("年度资金总额", money(480, WAN), "其中：财政拨款", money(480, WAN))],
        goals=("整治违规户外广告600处，规范占道经营点位120个，市容环境考核达标，城市容貌有效提升。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.table(
        [
            ("一、产出指标（50分）", "（一）数量指标", "整治违规户外广告", "≥600处", 10, None),
            (None, None, "规范占道经营点位", "≥120个", 10, None),
            (None, "（二）质量指标", "整治点位复查合格率", "≥95%", 10, None),
            (None, None, "市容环境月度考核", "达标", 10, "市考核"),
            (None, "（三）时效指标", "专项整治完成时间", "10月31日前", 10, None),
            ("二、成本指标（10分）", "（一）经济成本指标", "每处广告拆除平均成本",
             "≤0.35万元/处", 10, None),
            ("三、效益指标（30分）", "（一）社会效益指标", "城市容貌", "有效提升", 10, None),
            (None, None, "背街小巷环境卫生状况", "逐步改善", 10, None),
            (None, "（二）可持续影响指标", "市容长效管理机制", "建立并执行", 10, None),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "市民满意度", "≥90%", 10,
             None),
            ("合计", None, None, None, 100, None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="江若", checker="邱宏亮", phone="0574-87219560", filled=day(2024, 10, 22))
    return b


@variant("ic14-reserve-template-rows", (6, 13, 8), "two-year 应急物资储备库 project, "
         "NAT-2021, 中期 and 年度 columns: two tier-2 rows left from the template, a value "
         "without a name, a cumulative count copied into 年度")  # fmt: skip
def ic14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 16))
    project_head(
        s, year=2025, years=2, name="岚溪县应急物资储备库建设及物资购置项目",
        dept="岚溪县应急管理局", unit="岚溪县应急物资保障中心", attr="新增项目",
        money=sources(("实施期资金总额", money(2600, PLAIN)), ("年度资金总额", money(1500, PLAIN)),
                      [("政府专项债券资金", money(1800, PLAIN), money(1100, PLAIN)),
                       ("本级财政资金", money(800, PLAIN), money(400, PLAIN))]),
        goals=("2025—2026年新建县级应急物资储备库3200平方米，购置储备应急物资40类12000件，配备"
               "应急运输车辆6辆，形成覆盖全县的4小时应急物资保障圈。",
               "2025年完成储备库主体工程，购置应急物资25类5000件，配备应急运输车辆4辆。"),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "购置储备应急物资（累计）", "≥12000件",
             mk("≥12000件", "D202", "warning", alt=("D104",), note="年度目标为5000件"), None),
            (None, None, "购置应急物资品种", "≥40类", "≥25类", None),
            (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥6辆", "≥4辆", None),
            (None, "质量指标", "物资入库验收合格率", "100%", "100%", None),
            (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None,
             None, None),
            ("成本指标", "经济成本指标", "应急物资平均采购单价", "≤650元/件", "≤650元/件", None),
            ("效益指标", "社会效益指标", "应急物资调拨到达乡镇时间", "4小时内", "4小时内", None),
            (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None,
             None, None),
            (None, "可持续影响指标", "储备库设计使用年限", "≥50年", "≥50年", None),
            ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="欧阳雪", checker="匡立群", phone="0578-6655208", filled=day(2024, 10, 28))
    return b
