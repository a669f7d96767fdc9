"""Lusheng and bronze drum festivals (芦笙节、铜鼓节): money blocks, notes, conversion artefacts,
points and a budget-system export (as13–as18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout503.common import (
    COUNTY,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout503.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "年度指标值")
FEST = f"{COUNTY}民族文化节庆事务中心"


def _festival_tiers(s: Sheet) -> None:
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "民族节庆活动举办次数", "≥3次"),
        (None, None, "参演芦笙铜鼓队伍数量", "≥45支"),
        (None, "质量指标", "节庆活动方案审批通过率", "=100%"),
        (None, "时效指标", "节庆活动完成时间", f"{YEAR}年12月20日前"),
        ("成本指标", "经济成本指标", "参演队伍补助标准", "≤4000元/支"),
        ("效益指标", "经济效益指标", "节庆期间村寨旅游收入增长率", "≥8%"),
        (None, "社会效益指标", "节庆期间接待游客人次", "≥120000人次"),
        (None, None, "节庆安全事故下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
        (None, None, "参演村寨满意度", "≥92%"),
    ])  # fmt: skip


@variant("as13-festival-department", (12,),
         "department, NAT-2021: budget with typed percent shares, festival tasks adding to the "
         "金额合计 = 项目支出, a 下降率 with ≥, =100% on an approval rate, a footnote on the "
         "total (correct)")  # fmt: skip
def as13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=FEST,
                    budget=[(wan(500), wan(420), wan(80), wan(310), wan(190)),
                            (pct(1), pct(0.84), pct(0.16), pct(0.62), pct(0.38))],
                    tasks=[("芦笙节", "组织芦笙比赛、踩堂和芦笙会", wan(80), "办好芦笙节"),
                           ("铜鼓节", "组织铜鼓展演和铜鼓舞比赛", wan(60), "办好铜鼓节"),
                           ("非遗展演", "节庆期间非遗展演及集市", wan(50), "展示民族非遗"),
                           ("金额合计", None, wan(190), None)],
                    goal="办好芦笙节、铜鼓节等民族节庆，展示民族文化，带动村寨旅游。")  # fmt: skip
    _festival_tiers(s)
    notes(s, "注：金额合计为项目支出，基本支出 310 万元用于人员和日常运转，未列入任务。")
    signature(s, "蒙晓枫", "0777-5871345")
    return b


@variant("as14-festival-money-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, festival tasks not adding to "
         "the 金额合计")  # fmt: skip
def as14() -> Book:
    b, s = book()
    total = mk(wan(320), "B101", "error", row=True, note="280 + 30 = 310，不是 320")
    tasks_total = mk(wan(120), "B102", "error", row=True, note="60 + 35 + 20 = 115，不是 120")
    department_head(s, year=YEAR, dept="蒙榕镇文化旅游服务中心",
                    budget=[(total, wan(280), wan(30), wan(200), wan(120))],
                    tasks=[("芦笙节", "举办镇级芦笙节及芦笙比赛", wan(60), "办好芦笙节"),
                           ("铜鼓节", "举办铜鼓节暨铜鼓舞展演", wan(35), "办好铜鼓节"),
                           ("节庆宣传", "节庆宣传片拍摄和推广", wan(20), "扩大节庆影响"),
                           ("金额合计", None, tasks_total, None)],
                    goal="办好镇级芦笙节和铜鼓节，扩大民族节庆影响。")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "镇级节庆举办次数", "≥2次"),
        (None, "质量指标", "节庆活动安全检查覆盖率", "100%"),
        (None, "时效指标", "节庆活动完成时间", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "宣传片制作费用", "≤20万元"),
        ("效益指标", "社会效益指标", "节庆参与群众人次", "≥60000人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("as15-festival-notes", (4,),
         "project, OLD-NAT, score column: a 说明 row inside the table, 小计 rows after each "
         "tier, a 合计 row, 注 and 填表说明 below, signature and fill date (correct)")  # fmt: skip
def as15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾岭乡芦笙节民俗活动项目", dept=f"{FEST}（217030）",
                 unit="雾岭乡人民政府", money=one_year(42, 35, 7),
                 goals=("举办雾岭乡芦笙节，组织芦笙比赛和民俗展演。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", "数量指标", "芦笙节举办天数", "≥3天", 10),
        (None, None, "参赛芦笙队数量", "≥30支", 10),
        (None, "质量指标", "活动安全检查覆盖率", "100%", 10),
        (None, "时效指标", "活动举办完成时间", f"{YEAR}年11月30日前", 10),
        (None, "成本指标", "参赛队伍补助标准", "≤5000元/支", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("说明：效益指标按活动结束后一个月内统计。", merge=[(1, 5)])
    s.table([
        ("效益指标", "社会效益指标", "芦笙节参与群众人次", "≥50000人次", 15),
        (None, "可持续影响指标", "民俗活动影像资料归档率", "≥95%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%", 10),
        (None, None, "游客满意度", "≥85%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：1.指标值均为年度目标值；2.分值合计 100 分。",
          "填表说明：指标值须可考核，定性指标请写明等级。")  # fmt: skip
    signature(s, "潘国栋", "0777-5874418")
    return b


@variant("as16-festival-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a start date as a "
         "text serial, an amount split by a space, an amount pasted twice")  # fmt: skip
def as16() -> Book:
    b, s = book()
    start = mk("45778", "X104", "warning", note="文本中的日期序列号（2025-05-01）")
    project_head(s, year=YEAR, name="龙碓村铜鼓节暨芦笙比赛活动项目", dept=f"{FEST}（217030）",
                 unit="龙碓村村民委员会", money=one_year(40, 35, 5), start=start,
                 goals=("举办龙碓村铜鼓节和芦笙比赛，展示村寨民族文化。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "参演芦笙铜鼓队伍数量", "≥40支"),
        (None, "质量指标", "演出场地安全验收合格率", "≥98%"),
        (None, "时效指标", "活动举办完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "参演队伍补助标准", "≤2000元/支"),
        ("效益指标", "社会效益指标", "活动观众人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    split = mk("12.5 6", "X105", "warning", alt=("X103",), note="读作 12.56")
    twice = mk("8万8万", "X106", "error", alt=("B108",), note="8 万粘贴了两次")
    for line in [("舞台及芦笙坪搭建", split, "按搭建方案测算"),
                 ("参演芦笙铜鼓队伍补助", twice, "40支×2000元"),
                 ("场地安保及医疗保障", wan(6.44), "按安保方案测算"),
                 ("宣传及物料", wan(5), "海报、横幅及短视频"),
                 ("非遗展演", wan(8), "展演团队4个×2万元"),
                 ("合计", wan(40), None)]:  # fmt: skip
        s.row(None, *line, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("as17-festival-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: two tier scores "
         "that their indicators do not add up to, =95% on a satisfaction rate")  # fmt: skip
def as17() -> Book:
    b, s = book(widths=(14, 8, 16, 30, 14, 8))
    project_head(s, year=YEAR, name=f"{COUNTY}芦笙铜鼓进校园项目", dept=f"{FEST}（217030）",
                 unit=f"{COUNTY}芦笙艺术团", money=one_year(20, 20, 0),
                 goals=("组织芦笙铜鼓进校园演出和教学，培养青少年兴趣。",))  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(40, "W103", "error", note="其下指标分值 10+10+10+5 = 35"),
         "数量指标", "进校园演出场次", "≥40场", 10),
        (None, None, None, "芦笙铜鼓教学覆盖学校数", "≥16所", 10),
        (None, None, "质量指标", "教学课程验收合格率", "≥95%", 10),
        (None, None, "时效指标", "演出任务完成时间", f"{YEAR}年12月15日前", 5),
        ("成本指标", 10, "经济成本指标", "单场演出补贴", "≤3000元/场", 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值 15+10+10 = 35"),
         "社会效益指标", "参与学生人次", "≥12000人次", 15),
        (None, None, None, "学生铜鼓文化活动参与率提高", "≥3百分点", 10),
        (None, None, "可持续影响指标", "校园芦笙兴趣社团数量", "≥10个", 10),
        ("满意度指标", 20, "服务对象满意度指标", "师生满意度", "≥90%", 10),
        (None, None, None, "观众满意度",
         mk("=95%", "T107", "warning", note="满意度写“=”，应为 ≥"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("as18-festival-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出绩效"
         "目标05-2 with codes in the first columns, header on the third row, tiers repeated, "
         "operators in words, units in 度量单位 (correct)")  # fmt: skip
def as18() -> Book:
    codes = ("217402", "蒙榕镇人民政府", "451027-25-0087", "蒙榕镇铜鼓节展演及非遗集市项目")
    b, s = book("部门项目支出预算05-1", (10, 16, 16, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*codes, money(60), money(50), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 16, 24, 12, 16, 26, 10, 12, 10, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 11)
    t.row("单位：蒙榕镇人民政府")
    t.row("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位", "指标值说明")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "铜鼓节展演场次", "大于等于", 6, "场", "计划标准"),
        ("产出指标", "数量指标", "非遗集市摊位数量", "大于等于", 80, "个", "计划标准"),
        ("产出指标", "质量指标", "展演节目审核通过率", "大于等于", 95, "%", "行业标准"),
        ("产出指标", "时效指标", "展演活动完成时限", "小于等于", day(YEAR, 10, 31), None, None),
        ("成本指标", "经济成本指标", "单场展演经费", "小于等于", 5, "万元/场", "历史标准"),
        ("效益指标", "社会效益指标", "展演观众人次", "大于等于", 40000, "人次", "历史标准"),
        ("效益指标", "经济效益指标", "集市摊主户均增收", "大于等于", 1500, "元/户", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "大于等于", 90, "%", "行业标准"),
    ]:  # fmt: skip
        t.row(*codes, *line)
    return b
