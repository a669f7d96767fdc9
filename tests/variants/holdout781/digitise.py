"""Returns on digitising historical archives (kdk01–kdk06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout781.common import (
    PROVINCE,
    T4,
    T5,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)  # fmt: skip
from tests.variants.holdout781.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kdk01-scan-percent-cells",
    (1, 7, 11),
    "project, NAT-2021, operator column and unit column, typed percent cells (correct)",
)
def kdk01() -> Book:
    b, s = start()
    goal = ("完成馆藏文书档案扫描12万页（其中民国档案3万页），著录目录条目4万条，"
            "数字化成果经质检后挂接至数字档案馆系统。")  # fmt: skip
    project_head(s, year=YEAR, name="云岫县档案馆馆藏文书档案数字化加工项目",
                 dept="云岫县档案馆 520311", unit="云岫县档案馆",
                 money=one_year(w(60), w(55), w(5)), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "单页扫描加工成本", "≤", 3.5, "元/页"),
        (None, "社会成本指标", "档案实体损毁事件", "≤", 0, "起"),
        ("产出指标", "数量指标", "档案扫描页数", "≥", 12, "万页"),
        (None, None, "其中：民国档案扫描页数", "≥", 3, "万页"),
        (None, None, "目录著录条目数", "≥", 4, "万条"),
        (None, "质量指标", "图像质检合格率", "≥", pct(0.98), "%"),
        (None, None, "目录著录差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "数字化成果挂接完成时间", "≤", day(YEAR, 12, 20), None),
        ("效益指标", "社会效益指标", "档案原件调阅下降率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "数字化成果长期保存机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：档案实体损毁事件目标为0起，即加工过程中不得发生档案原件损毁。")
    sign(s, "钟砚秋", "罗梓涵", "0873-6152094")
    return b


@variant(
    "kdk02-marriage-files-goal",
    (11,),
    "project, OLD-NAT, one value column: goal count, deadline year and unit cost disagree",
)
def kdk02() -> Book:
    b, s = start()
    goal = "2025年完成婚姻登记档案数字化8万卷，建立目录数据库，实现婚姻档案全县跨馆查询。"
    project_head(s, year=YEAR, name="桐梁县婚姻登记档案数字化项目",
                 dept="桐梁县档案馆 520402", unit="桐梁县档案馆",
                 money=one_year(w(80), w(80), w(0)), goals=[goal])  # fmt: skip
    indicators(s, T4, [
        ("产出指标", "数量指标", "婚姻登记档案数字化卷数",
         mk("≥6万卷", "D104", "warning", row=True, note="年度目标写8万卷，指标却是6万卷")),
        (None, None, "目录数据条目数", "≥8万条"),
        (None, "质量指标", "数字化成果验收合格率", "≥98%"),
        (None, "时效指标", "数字化加工完成时间",
         mk("2024年11月30日前", "Y102", "error", note="上一年的期限，不在2025预算年度内")),
        (None, "成本指标", "单卷数字化加工成本",
         mk("≤15元/卷", "B107", "warning", row=True,
            note="15元/卷 × 6万卷 = 90万元（按8万卷为120万元），超过项目资金80万元")),
        ("效益指标", "社会效益指标", "婚姻档案跨馆查询实现率", "=100%"),
        (None, "可持续影响指标", "数字副本异地备份", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘启明", "唐若溪", "0874-3318265")
    return b


@variant(
    "kdk03-rare-archives-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, a later year named (correct)",
)
def kdk03() -> Book:
    b, s = start()
    goals = ("2025年—2027年完成清代及民国珍贵档案数字化30万页，修复破损档案6000页，"
             "建成珍贵档案专题数据库。",
             "2025年完成珍贵档案数字化10万页，修复破损档案2000页，"
             "为2028年专题数据库全面开放查阅积累影像数据。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="澄岭省珍贵历史档案抢救性数字化项目",
                 dept=PROVINCE, unit="澄岭省档案馆", attr="新增项目",
                 money=multi_year((w(450), w(420), w(30)), (w(150), w(140), w(10))),
                 goals=goals)  # fmt: skip
    indicators(s, T5, [
        ("成本指标", "经济成本指标", "单页数字化及修复综合成本", "≤14元/页", "≤14元/页"),
        ("产出指标", "数量指标", "珍贵档案数字化页数", "≥30万页", "≥10万页"),
        (None, None, "破损档案修复页数", "≥6000页", "≥2000页"),
        (None, "质量指标", "影像质检合格率", "≥99%", "≥99%"),
        (None, "时效指标", "年度加工任务按期完成率", "=100%", "=100%"),
        ("效益指标", "社会效益指标", "专题数据库开放条目", "≥6万条", "≥2万条"),
        (None, "可持续影响指标", "珍贵档案原件调阅下降率", "≥50%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：中期指标值为2025—2027年累计数，年度指标值为2025年当年数。")
    sign(s, "温景行", "邵可欣", "0871-6620418")
    return b


@variant("kdk04-township-rooms-copied", (8,),
         "two-year project, OLD-NAT, 中期 and 年度 columns: a year above its period, a count "
         "copied, last year's 年度目标")  # fmt: skip
def kdk04() -> Book:
    b, s = start()
    goals = (
        "2025年—2026年完成全县14个乡镇档案室数字化改造，扫描乡镇档案40万页。",
        mk(
            "2024年完成8个乡镇档案室数字化改造，扫描乡镇档案20万页。",
            "Y103",
            "warning",
            alt=("Y101",),
            note="年度目标留着上一年的2024年，不在项目期2025—2026年内",
        ),
    )
    project_head(s, year=YEAR, years=2, name="桐梁县乡镇档案室数字化提升项目",
                 dept="桐梁县档案馆 520402", unit="桐梁县档案馆",
                 money=multi_year((w(200), w(180), w(20)), (w(120), w(110), w(10))),
                 goals=goals)  # fmt: skip
    indicators(s, T5, [
        ("产出指标", "数量指标", "乡镇档案室数字化改造数", "≥14个",
         mk("≥16个", "D201", "error", alt=("D104",), note="年度16个大于实施期14个")),
        (None, None, "乡镇档案扫描页数", "≥40万页",
         mk("≥40万页", "D202", "warning", alt=("D104",),
            note="累计页数从中期列照抄，年度目标写20万页")),
        (None, "质量指标", "扫描图像合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单个乡镇档案室改造成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "乡镇档案网上查阅开通率", "≥90%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "乡镇查档群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "潘启明", "欧阳澈", "0874-3318270")
    return b


@variant("kdk05-stacked-av-and-backup", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values (correct)")  # fmt: skip
def kdk05() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="澄岭省档案馆音像档案数字化转录项目",
        dept=PROVINCE,
        unit="澄岭省档案馆",
        money=one_year(w(36), w(36), w(0)),
        goals=["转录馆藏录音带、录像带1200盘（其中录像带400盘），转录成果全部入库。"],
    )
    indicators(s, T4, [
        ("产出指标", "数量指标", "音像档案转录盘数", "≥1200盘"),
        (None, None, "其中：录像带转录盘数", "≥400盘"),
        (None, "质量指标", "数字化成果验收合格率", "≥98%"),
        (None, "时效指标", "转录完成时间", "2025年11月30日前"),
        (None, "成本指标", "单盘转录成本", "≤300元/盘"),
        ("效益指标", "社会效益指标", "音像档案在线利用人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="澄岭省档案数字化成果异地备份项目",
        dept=PROVINCE,
        unit="澄岭省档案馆",
        attr="常年项目",
        money=one_year(w(24), w(20), w(4)),
        goals=["将数字化成果210TB异地备份至桐梁县备份中心，每季度校验备份数据1次。"],
    )
    indicators(s, T4, [
        ("产出指标", "数量指标", "异地备份数据量", "≥210TB"),
        (None, None, "备份数据校验次数", "≥4次"),
        (None, "质量指标", "数字化成果验收合格率", "=100%"),
        (None, "时效指标", "首次备份完成时间", "2025年10月31日前"),
        (None, "成本指标", "每TB备份存储成本", "≤1000元/TB"),
        ("效益指标", "可持续影响指标", "备份数据可恢复率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "馆内业务部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温景行", "邵可欣", "0871-6620418")
    return b


@variant("kdk06-export-migration", (7, 4),
         "budget-system export, NAT-2021, codes in the first columns, header on the third row "
         "of a second sheet: a duplicate, a rate under 时效, a template example row")  # fmt: skip
def kdk06() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 12, 12, 12, 50))
    code, name = "417001250003", "数字档案馆系统数据迁移项目"
    s.title("部门项目支出预算表", 6)
    s.row("单位：澄岭省档案馆", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        code,
        name,
        w(95),
        w(90),
        w(5),
        "完成150万条档案目录及全文数据向新版数字档案馆系统迁移，迁移后数据校验准确。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 14, 16, 30, 18))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：澄岭省档案馆")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "成本指标", "经济成本指标", "单条数据迁移成本", "≤0.4元/条"),
        (None, None, "产出指标", "数量指标", "档案数据迁移条目数", "≥150万条"),
        (None, None, None, None, "迁移数据挂接原文件数", "≥60万件"),
        (None, None, None, "质量指标", "迁移后系统功能测试通过率", "=100%"),
        (None, None, None, "时效指标", "数据迁移完成时间", "2025年9月30日前"),
        (None, None, None, None,
         mk("迁移数据校验准确率", "F201", "warning", row=True,
            note="准确率是质量指标，却填在时效指标下"), "≥99.9%"),
        (None, None, None, None,
         mk("档案数据迁移条目数量", "D101", "warning", row=True, alt=("D103",),
            note="与数量指标下的“档案数据迁移条目数”是同一指标，多一字"), "≥150万条"),
        (None, None, "效益指标", "社会效益指标", "全文在线查阅开通率", "≥95%"),
        (None, None, None, None, "（示例）年度培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除，残留占位符")),
        (None, None, "满意度指标", "服务对象满意度指标", "系统使用部门满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
