"""Returns on the road race itself: percent cells typed in Excel, stacked projects, points at
two levels (yr01–yr06)."""

from __future__ import annotations

from tests.variants.holdout450.common import HEAD, OPS, first, funds, indicators, proj, wan
from tests.variants.holdout450.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

SCORES = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("yr01-race-percent-cells", (1,), "project, OLD-NAT, operator column (指标性质), unit "
         "column, percents typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def race_percent_cells() -> Book:
    b, s = first()
    proj(s, "2025年榆汀环湖业余公路自行车赛组织经费", "榆汀市体育赛事服务中心", funds(86, 70, 16),
         ["举办环湖业余公路自行车赛1站，设男子、女子、青少年3个组别，参赛选手不少于800人，"
          "全程零重大安全责任事故。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "参赛选手人数", "≥", 800, "人"),
        (None, None, "设置比赛组别", "=", 3, "个"),
        (None, None, "沿线补给站", "≥", 6, "个"),
        (None, "质量指标", "参赛选手完赛率", "≥", pct(0.85), "%"),
        (None, None, "计时成绩准确率", "≥", pct(0.99), "%"),
        (None, "时效指标", "赛后成绩公布时间", "≤", 24, "小时"),
        (None, "成本指标", "人均办赛成本", "≤", 1000, "元/人"),
        ("效益指标", "经济效益指标", "带动沿线餐饮住宿消费", "≥", 300, "万元"),
        (None, "社会效益指标", "重大安全责任事故", "=", 0, "起"),
        (None, None, "赛事投诉量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "业余骑行俱乐部会员增长率", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", "≥", pct(0.9), "%"),
        (None, None, "沿线居民满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    return b


@variant("yr02-race-percent-wrong", (1, 11), "project, OLD-NAT, operator column, percents typed "
         "in Excel: a 完赛率 typed as 105%, an injury rate with ≥")  # fmt: skip
def race_percent_wrong() -> Book:
    b, s = first()
    proj(s, "榆汀市青少年公路自行车联赛分站赛经费", "榆汀市青少年业余体育学校", funds(48, 40, 8),
         ["举办青少年公路自行车联赛分站赛2站，参赛青少年不少于400人次。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "参赛青少年人次", "≥", 400, "人次"),
        (None, None, "举办分站赛", "≥", 2, "站"),
        (None, "质量指标", "参赛选手完赛率", "≥", mk(pct(1.05), "T106", "error",
            note="完赛率以 100% 为上限，≥105% 不可能达到"), "%"),
        (None, None, "赛事裁判持证上岗率", "=", pct(1), "%"),
        (None, "时效指标", "第二站比赛完成时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "人均参赛保障成本", "≤", 1200, "元/人次"),
        ("效益指标", "社会效益指标", "比赛伤病发生率", mk("≥", "T108", "warning", row=True,
            note="伤病发生率是反向指标，应为 ≤2%"), pct(0.02), "%"),
        (None, "可持续影响指标", "青少年注册骑手增长率", "≥", pct(0.2), "%"),
        ("满意度指标", "服务对象满意度指标", "参赛青少年及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yr03-race-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, one name with different values in the two projects (correct)")  # fmt: skip
def race_stacked() -> Book:
    b, s = first("绩效目标表")
    proj(s, "环湖业余公路自行车赛安保与医疗保障经费", "榆汀市体育赛事服务中心", funds(36, 30, 6),
         ["赛事全程安保与医疗保障到位，突发伤病5分钟内现场处置，零安全责任事故。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "安保执勤人员", "≥120人次"),
        (None, None, "沿线医疗救护点", "≥8个"),
        (None, "质量指标", "安保岗位到岗率", "=100%"),
        (None, "时效指标", "突发伤病现场处置时间", "≤5分钟"),
        (None, "成本指标", "安保医疗保障成本", "≤36万元"),
        ("效益指标", "社会效益指标", "参赛选手及观众安全责任事故", "0起"),
        (None, None, "赛事期间沿线交通秩序", "良好"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    proj(s, "环湖业余公路自行车赛宣传推广经费", "榆汀市体育赛事服务中心", funds(20, 20, 0),
         ["赛前30天发布赛事公告，全媒体宣传推广，扩大赛事影响。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "发布宣传推文", "≥30篇"),
        (None, None, "赛事网络直播", "≥2场"),
        (None, "质量指标", "宣传稿件审核通过率", "≥98%"),
        (None, "时效指标", "宣传物料制作完成时间", "9月30日前"),
        (None, "成本指标", "单篇推文制作成本", "≤2000元/篇"),
        ("效益指标", "社会效益指标", "赛事话题网络阅读量", "≥50万人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yr04-race-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up, a rate given as a count")  # fmt: skip
def race_stacked_defects() -> Book:
    b, s = first("绩效目标表")
    proj(s, "2025年榆汀骑行嘉年华暨业余公路赛经费", "榆汀市体育赛事服务中心", funds(64, 54, 10),
         ["举办骑行嘉年华1场，同期举办业余公路赛，参与市民不少于3000人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "嘉年华参与市民", "≥3000人次"),
        (None, None, "业余公路赛参赛选手", "≥600人"),
        (None, "质量指标", "活动安全预案演练完成率", "=100%"),
        (None, "时效指标", "嘉年华举办时间", "10月31日前"),
        (None, "成本指标", "人均活动成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "市民骑行健身知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参与市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(35), "B101", "error", row=True, note="财政拨款 28 + 其他资金 5 = 33，不等于 35")
    proj(s, "骑行嘉年华赛事志愿者服务经费", "榆汀市体育赛事服务中心", funds(total, 28, 5),
         ["招募培训赛事志愿者150人，保障嘉年华和公路赛现场服务。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "招募赛事志愿者", "≥150人"),
        (None, "质量指标", "志愿者岗前培训合格率", mk("150人", "T105", "error",
            note="合格率须以百分比表示，150人是人数")),
        (None, "时效指标", "志愿者培训完成时间", "10月15日前"),
        (None, "成本指标", "志愿者补贴标准", "≤150元/人·天"),
        ("效益指标", "社会效益指标", "志愿服务时长", "≥3000小时"),
        ("满意度指标", "服务对象满意度指标", "参赛选手对志愿服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr05-race-points", (10,), "project, NAT-2021, tier-1 score column and indicator score "
         "column both adding to 100, a participation rate raised in 百分点 (correct)")  # fmt: skip
def race_points() -> Book:
    b, s = first("绩效目标")
    proj(s, "榆汀市全民骑行推广暨业余公路赛经费", "榆汀市自行车运动协会", funds(60, 50, 10),
         ["举办业余公路赛2站、骑行公益课40节，经常骑行人口比例提高3个百分点以上。"])  # fmt: skip
    indicators(s, SCORES, [
        ("产出指标", 40, "数量指标", "举办业余公路赛", "≥2站", 10),
        (None, None, None, "骑行公益培训课", "≥40节", 10),
        (None, None, "质量指标", "赛事成绩申诉处理完成率", "=100%", 10),
        (None, None, "时效指标", "第二站比赛完成时间", "11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每站办赛成本", "≤25万元/站", 10),
        (None, None, "社会成本指标", "每站比赛临时封路时长", "≤6小时", 10),
        ("效益指标", 30, "社会效益指标", "市民经常骑行锻炼人口比例", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "业余骑行俱乐部注册数增长率", "≥10%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参赛选手满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("yr06-race-points-wrong", (10, 5), "project, NAT-2021, numbered tier labels "
         "(一、/（一）), tier-1 scores against indicator scores, a tier-2 misplaced")  # fmt: skip
def race_points_wrong() -> Book:
    b, s = first("绩效目标")
    proj(s, "榆汀市青少年骑行后备人才培养赛事经费", "榆汀市青少年业余体育学校", funds(60, 52, 8),
         ["举办青少年公路自行车分站赛3站，青少年组参赛不少于300人，建立训练制度。"])  # fmt: skip
    indicators(s, SCORES, [
        ("一、产出指标", mk(50, "W103", "error", note="其下指标分值 10+10+10+15 = 45"),
         "（一）数量指标", "分站赛举办站次", "≥3站", 10),
        (None, None, None, "青少年组参赛人数", "≥300人", 10),
        (None, None, "（二）质量指标", "赛事裁判持证上岗率", "=100%", 10),
        (None, None, "（三）时效指标", "分站赛奖金发放时间", "赛后15个工作日内", 15),
        ("二、成本指标", 20, "（一）经济成本指标", "每站办赛成本", "≤18万元/站", 10),
        (None, None, mk("（二）时效指标", "F105", "error",
            note="时效指标属产出指标，不能放在成本指标之下"),
         "分站赛经费拨付时间", "赛前10个工作日内", 10),
        ("三、效益指标", mk(20, "W103", "error", note="其下指标分值 15 + 10 = 25"),
         "（一）社会效益指标", "青少年骑行运动参与率", "提高≥2百分点", 15),
        (None, None, "（二）可持续影响指标", "后备人才训练制度", "建立并执行", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "参赛青少年及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b
