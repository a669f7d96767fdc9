"""Dragon-boat races and folk sports meets: percent cells, stacked projects, 中期 and 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout340.common import TIERS, YEAR, funds, indicators, start
from tests.variants.holdout340.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, day, mk, money, pct

OPS = (*TIERS, "指标性质", "指标值", "计量单位")


@variant("ul01-boat-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 only in the number "
         "format, 0起 on an incident count (correct)")  # fmt: skip
def ul01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="榴湾县端午龙舟邀请赛", dept="榴湾县文化体育局（207）",
                 unit="榴湾县群众体育指导中心", money=funds((86, 80, 6), fmt=WAN),
                 goals=["举办端午龙舟邀请赛1届12场，带动群众参与龙舟运动。"])  # fmt: skip
    indicators(s, OPS, [
        ["产出指标", "数量指标", "参赛龙舟队数", "≥", 24, "支"],
        [None, None, "比赛场次", "≥", 12, "场"],
        [None, "质量指标", "赛事裁判持证上岗率", "≥", pct(0.95), "%"],
        [None, "时效指标", "赛事举办完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None],
        [None, "成本指标", "单场比赛补助标准", "≤", 3.5, "万元/场"],
        ["效益指标", "社会效益指标", "现场及线上观赛人次", "≥", 30000, "人次"],
        [None, None, "赛事安全事故发生数", "≤", 0, "起"],
        [None, "可持续影响指标", "乡镇龙舟队伍保有数", "≥", 20, "支"],
        ["满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥", pct(0.92), "%"],
        [None, None, "现场观众满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    return b


@variant("ul02-boat-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100, a 反向 rate "
         "with 大于等于, 元 typed in the 万元 block")  # fmt: skip
def ul02() -> Book:
    b, s = start()
    other = mk(money(50000, YUAN), "B105", "error", note="50,000.00元 in a 项目资金（万元） block")
    project_head(s, year=YEAR, name="蒿坪区龙舟集训与区际友谊赛", dept="蒿坪区文体旅游局（311）",
                 unit="蒿坪区龙舟运动协会", money=funds((65, 60, 5), (65, 60, other)),
                 goals=["组织区龙舟队冬训和夏训各1期，参加区际友谊赛4场。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell breaks the annual sum")
    indicators(s, OPS, [
        ["产出指标", "数量指标", "集训队员人数", "≥", 60, "人"],
        [None, None, "友谊赛参赛场次", "≥", 4, "场"],
        [None, "质量指标", "赛事安全保障到位率", "≥",
         mk(pct(1.05), "T106", "error", note="a 到位率 cannot pass 100%"), "%"],
        [None, "时效指标", "集训按计划完成率", "≥", pct(0.95), "%"],
        [None, "成本指标", "队员集训伙食补助标准", "≤", 120, "元/人·天"],
        ["效益指标", "社会效益指标", "队员训练伤病发生率",
         mk("大于等于", "T108", "warning", row=True, note="发生率 is 反向: ≤ expected"),
         pct(0.03), "%"],
        [None, "可持续影响指标", "青少年龙舟后备队员人数", "≥", 30, "人"],
        ["满意度指标", "服务对象满意度指标", "集训队员满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    return b


@variant("ul03-boat-stacked", (2,),
         "two dragon-boat projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each (correct)")  # fmt: skip
def ul03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="汐口镇龙舟训练基地运营", dept="汐口镇人民政府（415）",
                 unit="汐口镇文化体育服务站", money=funds((48, 45, 3)),
                 goals=["保障龙舟训练基地全年开放，开展群众龙舟培训。"])  # fmt: skip
    head = (*TIERS, "指标值")
    indicators(s, head, [
        ["产出指标", "数量指标", "龙舟运动培训人次", "≥3000人次"],
        [None, None, "基地年开放天数", "≥300天"],
        [None, "质量指标", "训练器材完好率", "≥95%"],
        [None, "时效指标", "器材维修响应时间", "≤48小时"],
        [None, "成本指标", "基地年运行维护费", "≤48万元"],
        ["效益指标", "社会效益指标", "周边群众参与龙舟运动人数", "≥1200人"],
        ["满意度指标", "服务对象满意度指标", "参训群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="黛川市龙舟进校园", dept="黛川市教育体育局（102）",
                 unit="黛川市学校体育工作站", money=funds((30, 30, 0)), title="",
                 goals=["在10所中小学开设龙舟课，培训学生800人。"])  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "开设龙舟课学校数", "≥10所"],
        [None, None, "龙舟运动培训人次", "≥800人次"],
        [None, "质量指标", "学生龙舟技能考核合格率", "≥85%"],
        [None, "时效指标", "课程开课时间", "9月30日前"],
        [None, "成本指标", "每校课程补助标准", "≤3万元/所"],
        ["效益指标", "可持续影响指标", "校园龙舟队组建数", "≥6支"],
        ["满意度指标", "服务对象满意度指标", "参训学生及家长满意度", "≥92%"],
    ])  # fmt: skip
    return b


@variant("ul04-boat-stacked-wrong", (2, 12),
         "two folk-meet projects stacked, OLD-NAT, one value column: the second one's annual "
         "total is not 财政拨款 + 其他资金 and its satisfaction is a head count")  # fmt: skip
def ul04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澜禾县农民趣味运动会", dept="澜禾县文化广电体育局（233）",
                 unit="澜禾县农民体育协会", money=funds((28, 25, 3)),
                 goals=["举办农民趣味运动会1届，设板鞋竞速、抢花炮等8个项目。"])  # fmt: skip
    head = (*TIERS, "指标值")
    indicators(s, head, [
        ["产出指标", "数量指标", "设置比赛项目数", "≥8个"],
        [None, None, "参赛农民人数", "≥600人"],
        [None, "质量指标", "比赛规程执行合格率", "≥95%"],
        [None, "时效指标", "运动会举办时间", "10月31日前"],
        [None, "成本指标", "运动会办赛总成本", "≤28万元"],
        ["效益指标", "社会效益指标", "带动乡村健身参与人次", "≥5000人次"],
        ["满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    wrong = mk(40, "B101", "error", note="32 + 5 = 37, not 40")
    project_head(s, year=YEAR, name="澜禾县民族传统体育进社区", title="",
                 dept="澜禾县文化广电体育局（233）", unit="澜禾县全民健身服务中心",
                 money=funds((37, 32, 5), (wrong, 32, 5)),
                 goals=["在12个社区推广陀螺、高脚竞速等项目，组织社区展演24场。"])  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "覆盖社区数", "≥12个"],
        [None, None, "社区展演场次", "≥24场"],
        [None, "质量指标", "社区指导员持证率", "≥90%"],
        [None, "时效指标", "展演完成时间", "11月30日前"],
        [None, "成本指标", "每场展演补助标准", "≤1万元/场"],
        ["效益指标", "社会效益指标", "社区居民参与人次", "≥8000人次"],
        ["满意度指标", "服务对象满意度指标", "参赛群众满意度",
         mk("≥90人", "T105", "error", note="a 满意度 given as a head count")],
    ])  # fmt: skip
    return b


MULTI = (*TIERS, "中期指标值", "年度指标值")


@variant("ul05-folkmeet-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts split by year, rates and "
         "unit costs equal in both (correct)")  # fmt: skip
def ul05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="蒿坪区少数民族传统体育运动会筹办",
                 dept="蒿坪区民族宗教事务局（318）", unit="蒿坪区民族传统体育中心",
                 money=funds((300, 270, 30), (90, 80, 10)), attr="新增项目",
                 goals=["三年内举办区级民族传统体育比赛24项，培养裁判员120名。",
                        "本年度举办比赛8项，培养裁判员40名。"])  # fmt: skip
    indicators(s, MULTI, [
        ["成本指标", "经济成本指标", "单项比赛办赛成本", "≤6万元/项", "≤6万元/项"],
        ["产出指标", "数量指标", "举办传统体育比赛项目数", "≥24项", "≥8项"],
        [None, None, "培养民族体育裁判员人数", "≥120人", "≥40人"],
        [None, "质量指标", "裁判员考核合格率", "≥90%", "≥90%"],
        [None, "时效指标", "比赛按计划举办率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "群众参与传统体育人次", "≥60000人次", "≥20000人次"],
        [None, "可持续影响指标", "传统项目纳入全民健身赛事数", "≥6个", "≥2个"],
        ["满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("ul06-folkmeet-multi-year-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "count above its period value, a cumulative count copied")  # fmt: skip
def ul06() -> Book:
    b, s = start()
    goal = "三年内建成民族传统体育项目训练队16支，举办射弩、秋千等项目联赛3届。"
    project_head(s, year=YEAR, years=3, name="黛川市民族传统体育联赛",
                 dept="黛川市体育局（105）", unit="黛川市民族体育运动协会",
                 money=funds((210, 180, 30), (70, 60, 10)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, MULTI, [
        ["成本指标", "经济成本指标", "每届联赛办赛成本", "≤60万元/届", "≤60万元/届"],
        ["产出指标", "数量指标", "组建项目训练队数", "≥16支",
         mk("≥20支", "D201", "error", note="20 teams a year, 16 in three years")],
        [None, None, "举办联赛届数", "≥3届", "≥1届"],
        [None, None, "参赛运动员人次", "≥2400人次",
         mk("≥2400人次", "D202", "warning", note="a three-year cumulative count copied")],
        [None, "质量指标", "赛事裁判持证执裁率", "≥95%", "≥95%"],
        [None, "时效指标", "联赛按期举办率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "现场观赛人次", "≥30000人次", "≥10000人次"],
        ["满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b
