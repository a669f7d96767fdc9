"""因公出国管理 and 国际友好城市交流: sj01–sj06 (four correct, two with planted mistakes)."""

from __future__ import annotations

from tests.variants.holdout286.common import (
    YEAR,
    book,
    budget,
    department,
    multi_year,
    one_year,
    project,
    sign,
    table,
)
from tests.variants.holdout286.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("sj01-passport-percent", (1, 12),
         "project, OLD-NAT, operator column headed 指标性质, unit column, percent cells, "
         "万元 only in the number format (correct)")  # fmt: skip
def passport_percent() -> Book:
    b, s = book()
    project(s, "因公出国（境）团组审批与证照管理", "澜屿市外办因公出国管理处",
            one_year(48, 48, 0),
            ["全年审批因公出国（境）团组60批次以上，审批材料一次性办结，证照集中保管，"
             "出访成果报告全部归档，无违规超期滞留。"], attr="常年项目")  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "因公出国（境）团组审批数量", "≥", 60, "批次"),
        (None, None, "因公护照集中保管登记数量", "≥", 400, "本"),
        (None, "质量指标", "审批材料一次性办结率", "≥", pct(0.95), "%"),
        (None, None, "出访成果报告归档率", "=", pct(1), "%"),
        (None, "时效指标", "团组审批办结时限", "≤", 10, "工作日"),
        (None, "成本指标", "单批次审批及证照管理成本", "≤", 0.6, "万元/批次"),
        ("效益指标", "社会效益指标", "违规超期滞留人数", "=", 0, "人"),
        (None, "可持续影响指标", "因公出国管理制度执行情况", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "出访单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "苏莳言", "0893-6624157", day(YEAR - 1, 11, 22, CN_DATE))
    return b


STACK_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sj02-sister-city-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def sister_city_stacked() -> Book:
    b, s = book("友城项目")
    project(s, "国际友好城市交流合作", "澜屿市外办友好城市处", one_year(85, 80, 5),
            ["与瓦尔莫拉市、凯斯特伦德市等友城互访6批次以上，签署合作备忘录2份。"])  # fmt: skip
    table(s, STACK_HEAD, [
        ("产出指标", "数量指标", "友好城市互访团组数", "≥6批次"),
        (None, None, "友城合作备忘录签署数量", "≥2份"),
        (None, "质量指标", "交流项目落地率", "≥80%"),
        (None, "时效指标", "年度交流计划完成时间", "2025年12月31日前"),
        (None, "成本指标", "单批次来访团组接待经费", "≤8万元/批次"),
        ("效益指标", "社会效益指标", "友城合作覆盖领域数量", "≥5个"),
        (None, "可持续影响指标", "友城长效联络机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "友城青少年互访交流", "澜屿市外办友好城市处", one_year(36, 30, 6),
            ["组织友城青少年互访120人，行前培训全覆盖，10月底前完成全部互访。"],
            title="")  # fmt: skip
    table(s, STACK_HEAD, [
        ("产出指标", "数量指标", "青少年互访人数", "≥120人"),
        (None, None, "友好城市互访团组数", "≥3批次"),
        (None, "质量指标", "行前培训覆盖率", "=100%"),
        (None, "时效指标", "互访活动完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均互访经费", "≤0.28万元/人"),
        ("效益指标", "社会效益指标", "参与学生跨文化交流能力", "提升"),
        ("满意度指标", "服务对象满意度指标", "参与单位满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("sj03-sister-city-copied", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts "
         "copied into 年度, 年度资金总额 above 中期资金总额")  # fmt: skip
def sister_city_copied() -> Book:
    b, s = book()
    annual = mk(money(80, WAN), "B103", "error", row=True,
                note="年度资金 80 万元大于三年中期资金 60 万元：中期总额疑似只填一年")  # fmt: skip
    project(s, "友好城市经贸人文合作三年行动", "澜屿市外办友好城市处",
            multi_year((60, 50, 10), (annual, 70, 10)),
            ["三年内与友城互访15批次以上，签约合作项目9个以上，覆盖经贸、教育、文旅等6个领域。",
             "2025年启动友城经贸人文合作，举办经贸对接会2场，拓展合作领域3个。"],
            years=3, attr="新增项目")  # fmt: skip
    copied = "实施期3年，累计数量的年度值与中期值相同：疑似照抄"
    table(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "友城互访团组数", "≥15批次",
         mk("≥15批次", "D202", "warning", note=copied)),
        (None, None, "友城合作项目签约数", "≥9个", mk("≥9个", "D202", "warning", note=copied)),
        (None, None, "友城经贸对接会场次", "≥6场", "≥2场"),
        (None, "质量指标", "合作项目履约率", "≥90%", "≥90%"),
        (None, "时效指标", "交流计划阶段完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单批次互访经费", "≤3万元/批次", "≤3万元/批次"),
        ("效益指标", "社会效益指标", "友城合作覆盖领域", "≥6个", "≥3个"),
        (None, "可持续影响指标", "友城合作长效机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "合作单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("sj04-office-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, a 下降幅度 with ≥, 0 incidents, weights add to 100 (correct)")  # fmt: skip
def office_flat_list() -> Book:
    b, s = book("部门整体", (22, 16, 16, 16, 16, 16))
    department(s, "澜屿市人民政府外事办公室", [budget(1260, 1200, 60, 780, 480)],
               "规范因公出国（境）管理，深化国际友好城市交流，做好外宾接待，全年无涉外安全事件。",
               [("因公出国管理", "团组审批、证照管理、行前教育", money(180), "审批60批次以上"),
                ("友好城市交流", "友城互访、交流周、合作项目", money(160), "活动12场以上"),
                ("外宾接待", "重要外宾团组接待保障", money(140), "接待40批次以上"),
                ("金额合计", None, money(480), None)])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("因公出国（境）团组审批数量", 15, "批次", "≥", 60),
        ("友城交流活动场次", 15, "场", "≥", 12),
        ("外宾接待批次", 15, "批次", "≥", 40),
        ("审批退件率较上年下降幅度", 10, "%", "≥", pct(0.1)),
        ("审批办结及时率", 15, "%", "≥", pct(0.95)),
        ("涉外安全事件发生数", 10, "起", "=", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("sj05-predeparture-direction", (1, 11),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers and "
         "percent cells with a unit column: two operators against the direction, a rate "
         "over 100%")  # fmt: skip
def predeparture_direction() -> Book:
    b, s = book("Sheet1", (20, 18, 30, 10, 10, 12, 14))
    project(s, "出访团组行前教育与成果管理", "澜屿市外办因公出国管理处", one_year(32, 32, 0),
            ["开展行前外事教育24场，出访成果报告按时提交，出访计划严格执行。"])  # fmt: skip
    pos = "正向的数量指标用了“≤”，把出访成果报告数量封顶了"
    neg = "指标性质写明反向（变更率越低越好），指标方向却是“≥”"
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "行前外事教育场次", "正向", "≥", 24, "场"),
        (None, None, "出访团组成果报告数量", "正向",
         mk("≤", "T108", "warning", row=True, note=pos), 50, "份"),
        (None, "质量指标", "成果报告按时提交率", "正向", "≥",
         mk(pct(1.05), "T106", "error", note="按时提交率不可能超过 100%"), "%"),
        (None, None, "出访计划变更率", "反向",
         mk("≥", "T108", "warning", row=True, note=neg), pct(0.05), "%"),
        (None, "时效指标", "出访审批后安排行前教育时限", "反向", "≤", 5, "工作日"),
        (None, "成本指标", "单场行前教育成本", "反向", "≤", 0.8, "万元/场"),
        ("效益指标", "社会效益指标", "出访人员外事纪律知晓率", "正向", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "出访人员满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("sj06-friendship-week-headers", (7,),
         "project, NAT-2021, two-row header 指标内容 · 绩效标准 (目标值 | 计量单位) · 备注, "
         "成本指标 after 产出指标 (correct)")  # fmt: skip
def friendship_week_headers() -> Book:
    b, s = book()
    project(s, "国际友好城市交流周", "澜屿市对外友好协会", one_year(66, 60, 6),
            ["9月底前举办友城交流周，邀请友城代表团8个以上，举办交流活动10场以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "目标值", "计量单位", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "交流周活动场次", "≥10", "场", "计划标准"),
        (None, None, "邀请友城代表团数量", "≥8", "个", None),
        (None, "质量指标", "活动方案审核通过率", "100", "%", None),
        (None, "时效指标", "交流周举办完成时间", "2025年9月30日前", None, None),
        ("成本指标", "经济成本指标", "单场交流活动成本", "≤5.5", "万元/场", "历史标准"),
        ("效益指标", "经济效益指标", "现场签约合作项目数", "≥5", "个", None),
        (None, "社会效益指标", "主流媒体报道篇数", "≥30", "篇", None),
        ("满意度指标", "服务对象满意度指标", "友城代表团满意度", "≥90", "%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    return b
