"""Projects funded by 政府专项债券 over several years: 总投资 with its sources against this year's
money, 中期 and 年度 value columns, quarterly milestones, and cumulative figures that grow year by
year (items 7, 8, 12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout19.common import footer, sources
from tests.variants.holdout19.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

PLAIN = "#,##0.00"
HEAD6 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("ic01-road-bond-ok", (8, 12, 1), "three-year road project on bonds, NAT-2021, "
         "中期 and 年度 columns, 总投资 with four sources, quarterly progress rows, "
         "=100% on a rate")  # fmt: skip
def ic01() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (16, 18, 30, 20, 20, 18))
    project_head(
        s, year=2025, years=3, attr="新增项目", name="鹤汀市滨江大道综合改造工程",
        dept="鹤汀市交通运输局（312001）", unit="鹤汀市公路事业发展中心",
        money=sources(("实施期资金总额", money(12600, PLAIN)), ("年度资金总额", money(4200, PLAIN)),
                      [("政府专项债券资金", money(8000, PLAIN), money(3000, PLAIN)),
                       ("上级补助资金", money(2500, PLAIN), money(700, PLAIN)),
                       ("本级配套资金", money(1600, PLAIN), money(400, PLAIN)),
                       ("单位自筹资金", money(500, PLAIN), money(100, PLAIN))]),
        goals=("2025—2027年完成滨江大道18公里路段改造，新铺沥青路面12.6万平方米，同步改造雨污管网"
               "21公里，道路通行能力和沿线排水能力明显提升。",
               "完成一期6公里路段改造，新铺沥青路面4.2万平方米，改造雨污管网7公里，年底前通过交工"
               "验收。"),
    )  # fmt: skip
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "道路改造里程", "≥18公里", "≥6公里", "一期K0+000—K6+000"),
            (None, None, "沥青路面铺装面积", "≥126000平方米", "≥42000平方米", None),
            (None, None, "雨污管网改造长度", "≥21公里", "≥7公里", None),
            (None, "质量指标", "竣工验收合格率", pct(1), pct(1), None),
            (None, None, "路面压实度检测合格率", "≥98%", "≥98%", "第三方检测"),
            (None, "时效指标", "第一季度工程形象进度", "—", "≥30%", "按季度报送"),
            (None, None, "第二季度工程形象进度", "—", "≥60%", None),
            (None, None, "第三季度工程形象进度", "—", "≥85%", None),
            (None, None, "项目完工时间", "2027年12月31日前", "2025年12月31日前（一期）", None),
            ("成本指标", "经济成本指标", "每公里综合改造成本", "≤700万元/公里", "≤700万元/公里",
             "按概算批复"),
            ("效益指标", "社会效益指标", "高峰时段平均通行时间缩短", "≥15%", "≥5%", "较改造前"),
            (None, "可持续影响指标", "道路设计使用年限", "≥15年", "≥15年", None),
            ("满意度指标", "服务对象满意度指标", "沿线居民及通行群众满意度", "≥90%", "≥90%",
             "问卷调查"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="沈立新", checker="钱宏", phone="0576-88213307", filled=day(2024, 10, 18))
    return b


@variant("ic02-oldcommunity-copied", (8,), "three-year 老旧小区改造, OLD-NAT, 中期 and "
         "年度 columns: 年度目标 copied from 中期目标, two cumulative counts copied "
         "into 年度")  # fmt: skip
def ic02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20, 18))
    goal = (
        "用三年时间完成县城24个老旧小区综合改造，惠及居民3600户，加装电梯60部，改造小区雨污"
        "管网12公里，补齐小区配套设施短板。"
    )
    project_head(
        s, year=2025, years=3, attr="新增项目", name="岚溪县城镇老旧小区改造项目（2025—2027年）",
        dept="岚溪县住房和城乡建设局（205）", unit="岚溪县城市更新服务中心",
        money=sources(("实施期资金总额", money(12960, WAN)), ("年度资金总额", money(4320, WAN)),
                      [("中央补助资金", money(5400, WAN), money(1800, WAN)),
                       ("政府专项债券资金", money(6000, WAN), money(2000, WAN)),
                       ("县级配套资金", money(1560, WAN), money(520, WAN))]),
        goals=(goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")),
    )  # fmt: skip
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区个数", "≥24个",
             mk("≥24个", "D202", "warning", note="三年累计数照抄为年度值"), None),
            (None, None, "惠及居民户数", "≥3600户",
             mk("≥3600户", "D202", "warning", note="三年累计数照抄为年度值"), None),
            (None, None, "既有住宅加装电梯", "≥60部", "≥20部", None),
            (None, None, "小区雨污管网改造长度", "≥12公里", "≥4公里", None),
            (None, "质量指标", "工程质量验收合格率", "100%", "100%", None),
            (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前",
             None),
            (None, "成本指标", "户均改造成本", "≤3.6万元/户",
             mk("≤3.6万元/户", "*", "warning", required=False, row=True,
                note="照抄的户数乘户均成本超过年度资金：由上面两处引起"), None),
            ("效益指标", "社会效益指标", "小区消防通道打通率", "≥95%", "≥95%", None),
            (None, "可持续影响指标", "改造后小区物业管理覆盖率", "≥90%", "≥80%", None),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="何雯", checker="潘国庆", phone="0578-6621045", filled=day(2024, 11, 2))
    return b


@variant("ic03-cumulative-years-ok", (8, 7), "second year of a three-year gas-pipe project: "
         "two-row header, 实施期 value and one column per year, cumulative figures growing year by "
         "year")  # fmt: skip
def ic03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 28, 16, 16, 16, 16))
    s.title("2026年度项目支出绩效目标申报表", 7)
    s.row("项目名称", "松桥区城市燃气老旧管网更新改造工程", None, None, "主管部门",
          "松桥区住房和城乡建设局", None, merge=[(2, 4), (6, 7)])  # fmt: skip
    s.row("实施单位", "松桥区市政公用事业服务中心", None, None, "项目期",
          "3年（2025年—2027年）", None, merge=[(2, 4), (6, 7)])  # fmt: skip
    s.row("计划开始日期", day(2025, 3, 1), None, None, "计划完成日期", day(2027, 12, 31), None,
          merge=[(2, 4), (6, 7)])  # fmt: skip
    top = s.r + 1
    s.row("项目资金（万元）", "实施期资金总额", money(9000, PLAIN), None, "2026年度资金总额",
          money(3000, PLAIN), None, merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row(None, "其中：政府专项债券", money(7200, PLAIN), None, "其中：政府专项债券",
          money(2400, PLAIN), None, merge=[(3, 4), (6, 7)])  # fmt: skip
    s.row(None, "本级财政资金", money(1800, PLAIN), None, "本级财政资金", money(600, PLAIN), None,
          merge=[(3, 4), (6, 7)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("中期目标", "2025—2027年更新改造城区老旧燃气管网120公里，消除主要管网安全隐患，管网泄漏"
          "报警处置全部及时到位。", None, None, None, None, None, merge=[(2, 7)])  # fmt: skip
    s.row("年度目标", "2026年新改造燃气管网40公里，累计完成80公里；更新调压设施30座，"
          "累计完成60座。", None, None, None, None, None, merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "分年度指标值", None, None,
          merge=[(5, 7)])  # fmt: skip
    s.row(None, None, None, None, "2025年", "2026年", "2027年")
    for c in range(1, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "燃气管网更新改造长度（累计）", "≥120公里", "≥40公里",
             "≥80公里", "≥120公里"),
            (None, None, "调压设施更新（累计）", "≥90座", "≥30座", "≥60座", "≥90座"),
            (None, "质量指标", "管道焊口无损检测合格率", "100%", "100%", "100%", "100%"),
            (None, "时效指标", "当年改造任务完成时间", "2027年12月31日前", "2025年12月31日前",
             "2026年12月31日前", "2027年12月31日前"),
            ("成本指标", "经济成本指标", "每公里管网综合改造成本", "≤75万元/公里", "≤75万元/公里",
             "≤75万元/公里", "≤75万元/公里"),
            ("效益指标", "社会效益指标", "燃气泄漏报警处置及时率", "≥98%", "≥95%", "≥97%", "≥98%"),
            (None, "可持续影响指标", "改造管网设计使用年限", "≥30年", "≥30年", "≥30年", "≥30年"),
            ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", "≥90%", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="贺宁", checker="陆长青", phone="0573-87124406", filled=day(2025, 10, 27),
           notes=["注：数量指标为自项目开工起的累计数，2027年末累计数即实施期指标"
                  "值。"])  # fmt: skip
    return b


@variant("ic17-parking-bond-wrong", (12, 8, 7), "two-year parking project on bonds, "
         "two-row header: 总投资 not the sum of its sources, an annual count above the "
         "period count")  # fmt: skip
def ic17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    project_head(
        s, year=2025, years=2, name="岚溪县城区公共停车场及配套道路建设项目",
        dept="岚溪县城市管理局", unit="岚溪县市政设施管护中心",
        money=sources(("总投资", mk(money(6800, PLAIN), "B101", "error", row=True,
                                    note="5000+800+700+200=6700，不是6800")),
                      ("本年度资金", money(3400, PLAIN)),
                      [("政府专项债券", money(5000, PLAIN), money(2500, PLAIN)),
                       ("上级补助", money(800, PLAIN), money(400, PLAIN)),
                       ("本级配套", money(700, PLAIN), money(400, PLAIN)),
                       ("自筹资金", money(200, PLAIN), money(100, PLAIN))]),
        goals=("2025—2026年在县城新建公共停车场5处，新增公共停车泊位1200个，配套建设进出道路3.2"
               "公里，缓解老城区停车难。",
               "建成公共停车场3处，新增泊位700个，配套道路1.8公里，年底前投入试运营。"),
    )  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, "备注", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "实施期", "年度", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table(
        [
            ("产出指标", "数量指标", "新建公共停车场", "≥5处", "≥3处", None),
            (None, None, "新增公共停车泊位", "≥1200个",
             mk("≥1500个", "D201", "error", note="年度泊位多于两年合计"), None),
            (None, None, "配套道路建设长度", "≥3.2公里", "≥1.8公里", None),
            (None, "质量指标", "工程竣工验收合格率", "100%", "100%", None),
            (None, "时效指标", "项目完工率", "100%", "≥60%", "按投资额计"),
            (None, "成本指标", "每个泊位建设成本", "≤4.5万元/个",
             mk("≤4.5万元/个", "*", "warning", required=False, row=True,
                note="1500个泊位乘单价超过年度资金：由 D201 引起"), "不含道路"),
            ("效益指标", "社会效益指标", "老城区路内违停数量下降", "≥30%", "≥15%",
             ok("较2024年", note="基期年份，不是年度错误")),
            (None, "经济效益指标", "停车场运营收入", "≥160万元", "≥40万元", None),
            ("满意度指标", "服务对象满意度指标", "停车群众满意度", "≥85%", "≥85%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    footer(s, who="尹晓东", checker="柯敏", phone="0578-6630192", filled=day(2024, 10, 30))
    return b
