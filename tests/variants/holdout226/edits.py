"""Tables edited by hand before they came back: rows struck through or hidden instead of
deleted, template rows left empty, a value whose name was cleared, a page break with the
header repeated, footnotes and signature lines (qb01–qb06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout226.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout226.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qb01-struck-and-hidden", (4, 6), "one-year project, NAT-2021, one value column and a "
         "备注 column: an old row struck through above its corrected twin, a hidden empty "
         "template row, pct(1) on a rate (correct)")  # fmt: skip
def qb01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    project_head(
        s, year=2026, name="高素质农民培育项目", dept="泊川县农业农村局（402）",
        unit="泊川县农业技术推广中心",
        money=one_year_money(wan(180), wan(160), wan(20)),
        goals=["2026年培育高素质农民360人，其中经营管理型120人、专业生产型240人，学员结业考核"
               "合格率达到95%以上，带动周边农户1000户以上发展特色种养。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "经营管理型学员培训人数", "≥120人", None),
        (None, None, "高素质农民培育人数", "≥300人", "原按上年任务数填写"),
        (None, None, "高素质农民培育人数", "≥360人", "按省下达任务数调整"),
        (None, None, "专业生产型学员培训人数", "≥240人", None),
        (None, "质量指标", "学员结业考核合格率", "≥95%", None),
        (None, None, "培训课程按教学大纲实施率", pct(1), None),
        (None, "时效指标", "年度培训任务完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤4500元/人", "按省定标准测算"),
        ("效益指标", "社会效益指标", "学员带动周边农户数", "≥1000户", None),
        (None, "生态效益指标", None, None, None),
        (None, "可持续影响指标", "学员跟踪服务机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", None),
    ], struck=(1,), hidden=(9,))  # fmt: skip
    sign(s, "韦晓岚", "蒙德昭", "0771-58213906")
    return b


@variant("qb02-template-rows-operator-column", (6, 13), "one-year project, NAT-2021, operator "
         "and unit columns: a tier-2 row left empty, a value whose name was cleared, a hidden "
         "empty template row")  # fmt: skip
def qb02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="农村饮水安全工程维修养护项目", dept="杉溪县水利局（318）",
        unit="杉溪县农村供水管理站",
        money=one_year_money(wan(260), wan(240), wan(20)),
        goals=["2026年维修养护农村集中供水工程48处，更换老旧供水管网36公里，保障5.2万农村"
               "人口饮水安全，受益群众满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "维修养护集中供水工程", "≥", 48, "处"),
        (None, None, "更换老旧供水管网长度", "≥", 36, "公里"),
        (None, "质量指标", "维修工程验收合格率", "=", 100, "%"),
        (None, None, mk(None, "F110", "error", note="a value with its name cleared"),
         "≥", 90, "%"),
        (None, mk("时效指标", "F109", "warning", row=True), None, None, None, None),
        ("成本指标", "经济成本指标", "单处工程平均维修养护成本", "≤", 4.5, "万元/处"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", 5.2, "万人"),
        (None, "生态效益指标", None, None, None, None),
        (None, "可持续影响指标", "工程长效管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ], hidden=(7,))  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标。")
    sign(s, "谭雪梅", "覃振邦", "0775-62350718")
    return b


@variant("qb03-department-page-break", (4,), "department, NAT-2021, one value column and a "
         "设定依据 column: header repeated after a page break with the tier-1 restated, "
         "footnotes, 填表说明 and a text date line (correct)")  # fmt: skip
def qb03() -> Book:
    b, s = book("部门整体", (16, 18, 30, 16, 18, 16))
    department_head(
        s, year=2026, dept="榆塘区民政局",
        budget=[(wan(3260), wan(3100), wan(160), wan(1180), wan(2080))],
        goal="2026年保障城乡低保对象8600人以上、特困人员集中供养310人以上，按月足额发放"
             "救助资金，为2400名以上老年人发放居家养老服务补贴。",
        tasks=[("最低生活保障资金发放", "城乡低保对象按月足额发放保障金", wan(1450), "应保尽保"),
               ("特困人员救助供养", "特困人员集中供养及照料护理", wan(420), "集中供养310人"),
               ("居家养老服务补贴", "经济困难老年人居家养老服务补贴", wan(210), "补贴2400人"),
               ("金额合计", None, wan(2080), None)],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "城乡低保对象保障人数", "≥8600人", "计划标准"),
        (None, None, "特困人员集中供养人数", "≥310人", "计划标准"),
        (None, None, "居家养老服务补贴发放人数", "≥2400人", "历史标准"),
        (None, "质量指标", "低保资金社会化发放率", "=100%", "行业标准"),
        ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"),
        ("产出指标", "时效指标", "低保金按月发放及时率", "≥98%", "历史标准"),
        ("成本指标", "经济成本指标", "特困人员集中供养年人均标准", "≤1.35万元/人", "计划标准"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障覆盖率", "=100%", "计划标准"),
        (None, "可持续影响指标", "社会救助家庭经济状况核对机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥92%", "历史标准"),
    ], breaks=(3,))  # fmt: skip
    note(s, "注：1.本表指标值均为2026年度目标；2.低保对象人数按全年月均在保人数计算。", 5)
    note(s, "填表说明：指标值应细化、量化，可考核；金额单位为万元。", 5)
    sign(s, "黎婉清", "钟国梁", "0758-27461930", "2025年11月20日")
    return b


@variant("qb04-struck-row-and-duplicates", (4,), "one-year project, NAT-2021, one value column "
         "and a 备注 column: a struck-through row above its corrected twin, then a visible "
         "conflicting duplicate and a near-duplicate")  # fmt: skip
def qb04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 24))
    project_head(
        s, year=2026, name="农村公路养护及危桥改造项目", dept="潇岭县交通运输局（226）",
        unit="潇岭县公路事务中心",
        money=one_year_money(wan(540), wan(500), wan(40)),
        goals=["2026年完成农村公路日常养护620公里，改造危桥4座，实施生命安全防护工程45公里，"
               "养护路段优良路率达到80%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥620公里", "县道、乡道、村道"),
        (None, None, "危桥改造座数", "≥6座", None),
        (None, None, "危桥改造座数", "≥4座", "按省级补助计划调整"),
        (None, None, "生命安全防护工程实施里程", "≥45公里", None),
        (None, None, mk("农村公路日常养护里程", "D102", "error", row=True,
                        note="620公里 above, 580公里 here"), "≥580公里", None),
        (None, "质量指标", "养护路段优良路率", "≥80%", None),
        (None, None, "危桥改造工程验收合格率", "=100%", None),
        (None, "时效指标", "危桥改造完工时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "每公里日常养护成本", "≤0.35万元/公里", None),
        (None, None, "危桥改造单座平均成本", "≤60万元/座", None),
        ("效益指标", "社会效益指标", "农村公路列养率", "=100%", None),
        (None, "可持续影响指标", "农村公路“路长制”管养机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众出行满意度", "≥90%", None),
        (None, None, mk("沿线群众出行满意率", "D103", "warning", row=True, alt=("D101",)),
         "≥90%", None),
    ], struck=(1,))  # fmt: skip
    sign(s, "邓子墨", "石慧玲", "0745-36280154")
    return b


@variant("qb05-numbered-tall-and-note", (4, 6, 13), "one-year project, NAT-2021, numbered tier "
         "labels, a long name and its value merged over two rows, a note row inside the table, "
         "a hidden empty template row, near-identical names for two school stages "
         "(correct)")  # fmt: skip
def qb05() -> Book:
    b, s = book("Sheet1", (16, 18, 36, 18))
    project_head(
        s, year=2026, name="中小学生近视防控项目", dept="鹤汀县教育局（105）",
        unit="鹤汀县中小学卫生保健所",
        money=one_year_money(wan(86), wan(86), wan(0)),
        goals=["2026年为全县中小学生开展春秋两季视力筛查，覆盖小学生21000人、初中生9800人，"
               "创建近视防控示范学校6所，学生总体近视率较上年下降0.5个百分点以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "小学生视力筛查人数", "≥21000人"),
        (None, None, "初中生视力筛查人数", "≥9800人"),
        (None, None, "近视防控示范学校创建数", "≥6所"),
        (None, "2.质量指标", "视力筛查数据上报准确率", "≥98%"),
        (None, "3.时效指标", "春秋两季视力筛查完成时间", "2026年11月30日前"),
        ("二、成本指标", "1.经济成本指标", "学生人均视力筛查成本", "≤25元/人"),
        ("三、效益指标", "1.社会效益指标", "学生每天校内体育活动时间不少于2小时的学校比例"
         "（含大课间、体育课）", "≥95%"),
        (None, None, None, None),
        (None, None, "学生总体近视率下降幅度", "≥0.5百分点"),
        (None, None, "（以下为2026年新增指标）", None),
        (None, "2.可持续影响指标", "家校协同护眼机制", "建立并执行"),
        (None, "3.生态效益指标", None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "学生家长满意度", "≥90%"),
    ], hidden=(11,), tall=(6,))  # fmt: skip
    sign(s, "欧阳蕾", "贺春林", "0736-71593248")
    return b


@variant("qb06-department-break-duplicate", (4, 6, 13), "department, NAT-2021, one value "
         "column: the last row before a page break pasted again after the repeated header, a "
         "name holding only a full-width space, an empty tier-2 row")  # fmt: skip
def qb06() -> Book:
    b, s = book("部门整体支出绩效目标", (16, 18, 32, 16, 18, 16))
    department_head(
        s, year=2026, dept="芦湾区文化和旅游局",
        budget=[(wan(1520), wan(1460), wan(60), wan(690), wan(830))],
        goal="2026年公共文化场馆免费开放不少于300天，送戏下乡演出120场以上，完成区级文物"
             "保护单位修缮，群众文化服务满意度达到90%以上。",
        tasks=[("公共文化场馆免费开放", "图书馆、文化馆、美术馆免费开放运行", wan(360),
                "全年开放不少于300天"),
               ("文化惠民演出", "送戏下乡及广场文化活动", wan(270), "演出120场以上"),
               ("文物保护修缮", "区级文物保护单位修缮及日常巡查", wan(200), "修缮工程验收合格"),
               ("金额合计", None, wan(830), None)],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "公共图书馆、文化馆免费开放天数", "≥300天"),
        (None, None, "送戏下乡演出场次", "≥120场"),
        (None, None, "文物保护单位巡查次数", "≥48次"),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("产出指标", "数量指标", mk("文物保护单位巡查次数", "D101", "warning", row=True,
                                    note="pasted again after the page break"), "≥48次"),
        (None, None, mk("　", "F110", "error", note="only a full-width space"), "≥12场"),
        (None, "质量指标", "文物修缮工程验收合格率", "=100%"),
        (None, "时效指标", "文物修缮工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "送戏下乡单场演出补助标准", "≤2万元/场"),
        ("效益指标", "社会效益指标", "公共文化场馆年接待人次", "≥45万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True), None, None),
        (None, "可持续影响指标", "公共文化服务体系运行机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众文化服务满意度", "≥90%"),
    ], breaks=(2,))  # fmt: skip
    sign(s, "孔令仪", "詹立衡", "021-59637402")
    return b
